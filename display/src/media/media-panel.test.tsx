import { act, screen, within } from '@testing-library/react';
import { DEFAULT_DISPLAY_SETTINGS } from '../settings/display-settings';
import { createFakeAnnouncer } from '../speech/fake-announcer';
import { morning, onlineClient, renderDisplay } from '../test-support/display-fixture';
import type { MediaItem, MediaListing } from './media-listing';
import { parseMediaListing } from './media-listing';

const image = (name: string): MediaItem => ({ name, kind: 'image', url: `/api/v1/media/${name}` });
const LISTING: MediaListing = {
  items: [image('01-tramites-en-linea.png'), image('02-horario.jpg')],
  logoUrl: '/api/v1/office/logo',
};

const media = () => screen.queryByRole('region', { name: 'Información municipal' });
const shownImage = () => media()?.querySelector('img')?.getAttribute('src');

async function flush(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe('display: media between calls', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plays the playlist between calls; a new call takes the stage, then gives it back', async () => {
    const client = onlineClient();
    renderDisplay(client, {
      loadMedia: () => Promise.resolve(LISTING),
      announcer: createFakeAnnouncer('speech'),
    });
    await flush();
    expect(shownImage()).toBe('/api/v1/media/01-tramites-en-linea.png');
    expect(screen.queryByRole('region', { name: 'Turno' })).not.toBeInTheDocument();
    // The call on screen at start-up heads the list, marked as the latest.
    const recent = screen.getByRole('region', { name: 'Últimos llamados' });
    expect(within(recent).getAllByRole('row')[1]).toHaveTextContent('R-001ÚltimoVentanilla 1');
    expect(
      screen.getByRole('img', { name: 'Logo de Municipalidad Provincial de Cajamarca' }),
    ).toHaveAttribute('src', '/api/v1/office/logo');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(shownImage()).toBe('/api/v1/media/02-horario.jpg');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6_000);
    });

    morning().call('tributos-1', 'ventanilla-2').send(client);
    expect(media()).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Turno' })).toHaveTextContent('T-001');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(19_000);
    });
    expect(media()).not.toBeInTheDocument();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_500);
    });
    // The interrupted image had played long enough: the playlist goes on with the next one.
    expect(shownImage()).toBe('/api/v1/media/01-tramites-en-linea.png');
  });

  it('keeps the call on stage while it is being announced', async () => {
    const announcer = createFakeAnnouncer();
    const client = onlineClient();
    renderDisplay(client, { loadMedia: () => Promise.resolve(LISTING), announcer });
    await flush();
    morning().call('tributos-1', 'ventanilla-2').send(client);
    await flush();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(25_000);
    });
    expect(media()).not.toBeInTheDocument();
    act(() => announcer.finish());
    await flush();
    expect(shownImage()).toBeDefined();
  });

  it('never shows media on a screen set with ?media=off, but keeps the logo', async () => {
    renderDisplay(onlineClient(), {
      loadMedia: () => Promise.resolve(LISTING),
      settings: { ...DEFAULT_DISPLAY_SETTINGS, media: false },
    });
    await flush();
    expect(media()).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Turno' })).toHaveTextContent('R-001');
    expect(screen.getByRole('img')).toHaveAttribute('src', '/api/v1/office/logo');
  });

  it('skips a file that cannot be shown', async () => {
    renderDisplay(onlineClient(), { loadMedia: () => Promise.resolve(LISTING) });
    await flush();
    const img = media()?.querySelector('img');
    act(() => {
      img?.dispatchEvent(new Event('error'));
    });
    expect(shownImage()).toBe('/api/v1/media/02-horario.jpg');
  });
});

describe('parseMediaListing', () => {
  it('keeps same-origin images and videos only', () => {
    expect(
      parseMediaListing({
        items: [
          { name: 'a.png', kind: 'image', url: '/api/v1/media/a.png' },
          { name: 'b.mp4', kind: 'video', url: '/api/v1/media/b.mp4' },
          { name: 'c.png', kind: 'image', url: 'http://elsewhere/c.png' },
          { name: 'd.png', kind: 'image', url: '//elsewhere/d.png' },
          { name: 'e.exe', kind: 'program', url: '/e.exe' },
        ],
        logoUrl: 'javascript:alert(1)',
      }),
    ).toEqual({
      items: [
        { name: 'a.png', kind: 'image', url: '/api/v1/media/a.png' },
        { name: 'b.mp4', kind: 'video', url: '/api/v1/media/b.mp4' },
      ],
      logoUrl: null,
    });
    expect(parseMediaListing(null)).toEqual({ items: [], logoUrl: null });
  });
});
