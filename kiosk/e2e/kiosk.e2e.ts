import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeEscPos, printedLines } from '@cac/shared/printing';
import type { Page } from 'playwright-core';
import { freePort, spawnHub, writeOfficeFile } from '../../hub/src/testing/spawn-hub';
import type { SpawnedHub } from '../../hub/src/testing/spawn-hub';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

const session = useE2eSession();

type Size = { width: number; height: number };

/** What the page asked the (fake) speech engine to say, in order. */
type Spoken = { text: string; lang: string; voice: string };

/**
 * Gives the page a speech engine with one Peruvian Spanish voice that records instead of talking
 * (headless Chromium has no voices at all). The kiosk's own Web Speech wrapper runs unchanged on
 * top of it, so the test sees exactly the utterances a real kiosk would send.
 */
async function installFakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice: string }[] = [];
    const voices = [
      { name: 'Voz de prueba (es-PE)', lang: 'es-PE', localService: true, default: true },
      { name: 'Test voice (en-US)', lang: 'en-US', localService: true, default: false },
    ];
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const events = new EventTarget();
    const synth = {
      getVoices: () => voices,
      speak(utterance: FakeUtterance) {
        spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? '',
        });
        setTimeout(() => utterance.dispatchEvent(new Event('end')), 0);
      },
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      speaking: false,
      pending: false,
      paused: false,
      addEventListener: events.addEventListener.bind(events),
      removeEventListener: events.removeEventListener.bind(events),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });
    Object.defineProperty(window, '__spoken', { value: spoken });
  });
}

function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
}

/**
 * How far the page, or a scrolling list inside it, extends beyond what is visible (0 and 0 when
 * every button can be seen and touched without scrolling).
 */
async function overflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const lists = [...document.querySelectorAll('.kiosk-services, .kiosk-categories')];
    const hidden = Math.max(0, ...lists.map((list) => list.scrollHeight - list.clientHeight));
    return {
      x: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      y: Math.max(0, document.documentElement.scrollHeight - window.innerHeight, hidden),
    };
  });
}

/** Buttons smaller than 64 px in either direction (none on any kiosk screen). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('button').evaluateAll((buttons) =>
    buttons
      .map((button) => ({ text: button.textContent ?? '', box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 64 || box.height < 64)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

/** Text that is cut off inside its box (a name or number too big for its button or line). */
async function clippedText(page: Page): Promise<string[]> {
  return page
    .locator(
      '.service-button__name, .category-button__name, .kiosk-ticket__number, .kiosk-topbar__service, h1, h2',
    )
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent ?? ''),
    );
}

/** Accessibility, touch targets, overflow and clipping: what every screen must pass. */
async function expectSound(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await overflow(page)).toEqual({ x: 0, y: 0 });
  expect(await clippedText(page)).toEqual([]);
}

async function openKiosk(
  size: Size,
  options: { hubUrl?: string; search?: string; voice?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: size });
  const errors = collectPageErrors(page);
  if (options.voice ?? true) await installFakeSpeech(page);
  // A long return time: the screenshots and checks of the ticket take a few seconds.
  const search = options.search ?? '?returnAfter=60';
  await page.goto(`${faceUrl(options.hubUrl ?? session.hub.url, 'kiosk')}${search}`);
  await page.getByRole('list', { name: 'Trámites' }).waitFor();
  return { page, errors };
}

/** How many people the display says wait for a service. */
async function displayWaiting(display: Page, service: string): Promise<number> {
  const card = display
    .getByRole('region', { name: 'En espera' })
    .getByRole('listitem')
    .filter({ hasText: service });
  return Number.parseInt((await card.locator('.queue__waiting').textContent()) ?? '', 10);
}

async function backHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Toque la pantalla para volver al inicio' }).click();
  await page.getByRole('list', { name: 'Trámites' }).waitFor();
}

describe('kiosk in Chromium', () => {
  beforeEach(() => {
    // The hub lets one kiosk take a burst of 5 tickets, then one per 2 s (a stuck button must not
    // empty the day's numbers). These tests take tickets faster than citizens: a minute of the
    // hub's clock between them refills the bucket.
    session.hub.advance(60_000);
  });

  it('opens as the demo kiosk, online, accessible, in portrait', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskPortrait);

    await expect.poll(() => page.locator('.kiosk').getAttribute('data-connection')).toBe('online');
    expect(await page.getByRole('list', { name: 'Trámites' }).getByRole('button').count()).toBe(5);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Centro de Atención al Ciudadano',
    );
    await page.getByRole('button', { name: 'Escuchar' }).waitFor();
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-home-portrait-1080x1920');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not break in landscape', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskLandscape);
    await page.getByRole('button', { name: 'Escuchar' }).waitFor();
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-home-landscape-1920x1080');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes a ticket for each of the five demo services in two touches', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskPortrait);
    const services = [
      ['Registro Civil', 'R'],
      ['Licencias de Funcionamiento', 'L'],
      ['Mesa de Partes', 'M'],
      ['Tributos (SAT)', 'T'],
      ['Orientación', 'O'],
    ] as const;
    for (const [name, prefix] of services) {
      await page
        .getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) })
        .click();
      await page.getByRole('button', { name: 'Ninguna de las anteriores' }).click();
      await page.getByRole('heading', { name: 'Retire su ticket' }).waitFor();
      expect(await page.getByTestId('ticket-number').textContent()).toMatch(
        new RegExp(`^${prefix}-\\d{3,}$`),
      );
      expect(await page.locator('.kiosk-ticket__service').textContent()).toBe(name);
      await backHome(page);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('issues a preferential ticket: the number, the category, the QR, and the display counts it', async () => {
    const display = await session.browser.newPage({ viewport: SCREENS.display });
    await display.goto(faceUrl(session.hub.url, 'display'));
    await display.getByRole('region', { name: 'En espera' }).waitFor();
    const before = await displayWaiting(display, 'Mesa de Partes');

    const { page, errors } = await openKiosk(SCREENS.kioskPortrait);
    await page.getByRole('button', { name: /^Mesa de Partes/ }).click();
    await page.getByRole('heading', { level: 1, name: '¿Es usted…?' }).waitFor();
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-preferential-portrait-1080x1920');

    await page.getByRole('button', { name: 'Gestante' }).click();
    await page.getByRole('heading', { name: 'Retire su ticket' }).waitFor();
    const number = await page.getByTestId('ticket-number').textContent();
    expect(number).toMatch(/^M-\d{3,}$/);
    expect(await page.locator('.kiosk-ticket__category').textContent()).toBe(
      'Atención preferente: Gestante',
    );
    await page.getByRole('img', { name: 'Código QR para seguir su turno en el celular' }).waitFor();
    // The voice guidance is on by default: the ticket was said aloud, numbers in words.
    await expect
      .poll(async () => (await spoken(page)).map((s) => s.text).join(' '))
      .toMatch(/^Su turno es eme [a-záéíóúñ ]+\. Tiene atención preferente\./);
    expect((await spoken(page))[0]).toMatchObject({
      lang: 'es-PE',
      voice: 'Voz de prueba (es-PE)',
    });
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-ticket-portrait-1080x1920');

    await expect.poll(() => displayWaiting(display, 'Mesa de Partes')).toBe(before + 1);
    // The status page behind the QR answers for this ticket.
    const status = await page.evaluate(async () => {
      const response = await fetch(
        document.querySelector('.kiosk-ticket__qr')?.getAttribute('data-url') ?? '',
      );
      return response.status;
    });
    expect(status).toBe(200);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), display.close()]);
  });

  it('prints the ticket on the demo kiosk’s virtual printer and shows no printer alert', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskPortrait);
    await page.getByRole('button', { name: /^Registro Civil/ }).click();
    await page.getByRole('button', { name: 'Ninguna de las anteriores' }).click();
    await page.getByRole('heading', { name: 'Retire su ticket' }).waitFor();
    const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
    expect(number).toMatch(/^R-\d{3,}$/);

    // The hub prints after answering, to <dataDir>/printed/<day>/<number>-<ticketId>.bin.
    const printed = path.join(session.hub.dataDir, 'printed');
    let files: string[] = [];
    await expect
      .poll(async () => {
        files = (await readdir(printed, { recursive: true }).catch(() => [])).filter((file) =>
          path.basename(file).startsWith(`${number}-`),
        );
        return files.map((file) => path.extname(file)).sort();
      })
      .toEqual(['.bin', '.svg']);

    // What the printer would receive, read back byte by byte.
    const bin = files.find((file) => file.endsWith('.bin')) ?? '';
    const ops = decodeEscPos(await readFile(path.join(printed, bin)));
    const lines = printedLines(ops).map((line) => line.trim());
    expect(ops.slice(0, 2)).toEqual([{ op: 'init' }, { op: 'codePage', n: 2 }]);
    expect(ops.filter((op) => op.op === 'codePage')).toHaveLength(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Centro de Atención al Ciudadano',
        'SU NÚMERO DE ATENCIÓN ES',
        number,
        'Registro Civil',
      ]),
    );
    // The QR holds the same status address as the one on screen, at the hub's public address.
    const onScreen = new URL(
      (await page.locator('.kiosk-ticket__qr').getAttribute('data-url')) ?? '',
    );
    const qrData = ops.flatMap((op) => (op.op === 'qr' && op.fn === 0x50 ? [op.data] : []));
    expect(qrData).toEqual([`${session.hub.publicUrl}${onScreen.pathname}${onScreen.search}`]);
    expect(onScreen.pathname).toBe(
      `/estado/${path.basename(bin, '.bin').slice(number.length + 1)}`,
    );
    expect(ops.filter((op) => op.op === 'cut')).toEqual([{ op: 'cut', mode: 0 }]);

    // The preview beside it, as a person would look at it.
    const preview = await session.browser.newPage({ viewport: { width: 640, height: 800 } });
    const svg = await readFile(path.join(printed, files.find((f) => f.endsWith('.svg')) ?? ''));
    await preview.setContent(
      `<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${svg.toString('base64')}">`,
    );
    await saveScreenshot(preview, 'kiosk-printed-ticket-preview');
    await preview.close();
    // The outcome (ok) travels right after the file is written; give it time to arrive.
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Retire su ticket' }).count()).toBe(1);
    // The session says the hub prints for kiosk-1: the browser prints nothing itself.
    expect(await page.locator('iframe').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the question and the ticket in landscape too', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskLandscape);
    await page.getByRole('button', { name: /^Registro Civil/ }).click();
    await page.getByRole('heading', { level: 1, name: '¿Es usted…?' }).waitFor();
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-preferential-landscape-1920x1080');

    await page.getByRole('button', { name: /Adulto mayor/ }).click();
    await page.getByRole('heading', { name: 'Retire su ticket' }).waitFor();
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-ticket-landscape-1920x1080');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to English for one citizen and back to Spanish for the next', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskPortrait);
    await page
      .getByRole('group', { name: 'Idioma' })
      .getByRole('button', { name: 'English' })
      .click();

    await page.getByRole('heading', { name: 'Touch the service you came for' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectSound(page);
    await saveScreenshot(page, 'kiosk-home-english-portrait-1080x1920');

    await page.getByRole('button', { name: /^Orientación/ }).click();
    await page.getByRole('button', { name: 'None of the above' }).click();
    await page.getByRole('heading', { name: 'Take your ticket' }).waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^O-\d{3,}$/);
    await expect
      .poll(async () => (await spoken(page))[0])
      .toEqual({
        text: expect.stringMatching(/^Your number is O \d+\.$/),
        lang: 'en-US',
        voice: 'Test voice (en-US)',
      });

    await page.getByRole('button', { name: 'Touch the screen to go back' }).click();
    await page.getByRole('heading', { name: 'Toque el trámite que viene a realizar' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the screen aloud on "Escuchar", and hides the button where no voice exists', async () => {
    const { page } = await openKiosk(SCREENS.kioskPortrait);
    await page.getByRole('button', { name: 'Escuchar' }).click();
    await expect
      .poll(async () => (await spoken(page)).map((s) => s.text))
      .toContain('Toque el trámite que viene a realizar.');
    await page.close();

    // Headless Chromium, like a PC without speech voices, has none: nothing to press, nothing broken.
    const silent = await openKiosk(SCREENS.kioskPortrait, { voice: false });
    await silent.page.getByRole('button', { name: /^Registro Civil/ }).waitFor();
    expect(await silent.page.getByRole('button', { name: 'Escuchar' }).count()).toBe(0);
    expect(silent.errors).toEqual([]);
    await silent.page.close();
  });

  it('goes back to the services by itself after the configured time', async () => {
    const { page } = await openKiosk(SCREENS.kioskPortrait, { search: '?returnAfter=3' });
    await page.getByRole('button', { name: /^Tributos/ }).click();
    await page.getByRole('button', { name: 'Ninguna de las anteriores' }).click();
    await page.getByRole('heading', { name: 'Retire su ticket' }).waitFor();
    await page.getByRole('list', { name: 'Trámites' }).waitFor({ timeout: 6000 });
    await page.close();
  });

  it('goes out of service while its hub is down, and comes back by itself', async () => {
    // A hub of its own on a fixed port, so it can be stopped and started again at the same address.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cac-kiosk-e2e-'));
    writeOfficeFile(dataDir);
    const port = await freePort();
    let hub: SpawnedHub = await spawnHub({ dataDir, port });
    try {
      const { page } = await openKiosk(SCREENS.kioskPortrait, { hubUrl: hub.url });
      await hub.kill();

      await page.getByRole('heading', { name: 'Fuera de servicio por un momento' }).waitFor();
      expect(await page.getByRole('list', { name: 'Trámites' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Registro Civil/ }).count()).toBe(0);
      await expectSound(page);
      await saveScreenshot(page, 'kiosk-out-of-service-portrait-1080x1920');

      hub = await spawnHub({ dataDir, port });
      await page.getByRole('list', { name: 'Trámites' }).waitFor({ timeout: 20_000 });
      expect(await page.getByRole('list', { name: 'Trámites' }).getByRole('button').count()).toBe(
        5,
      );
      await page.close();
    } finally {
      await hub.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
