import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LIMA_MORNING, startTestHub } from '@cac/hub/testing';
import type { TestHub } from '@cac/hub/testing';
import { createDemoOffice } from '../../hub/src/config/demo-office';
import { hashDeviceKey } from '../../hub/src/config/secrets';
import { SCREENS, runAxe, saveScreenshot } from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import type { Clerk } from './display-support';
import {
  announcementLog,
  drawSlide,
  launchDisplayChromium,
  openDisplay,
  openWindow,
  recallByRest,
  startHubAt,
  takeTickets,
} from './display-support';

const session = useE2eSession();
const PORTRAIT = { width: 1080, height: 1920 } as const;
/** Clerks by hub and window: a window stays open for the whole file once a clerk took it. */
const clerks = new Map<string, Clerk>();

afterAll(async () => {
  for (const clerk of clerks.values()) clerk.close();
});

async function clerkAt(hubUrl: string, username: string, windowId: string): Promise<Clerk> {
  const key = `${hubUrl} ${windowId}`;
  const open = clerks.get(key);
  if (open) return open;
  const clerk = await openWindow(hubUrl, username, windowId);
  clerks.set(key, clerk);
  return clerk;
}

/** Nothing is cut off: the page fits its window exactly. */
function overflow(page: Page) {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
}

/** Every row of the last calls is inside its panel, none cut off at the bottom. */
function recentRowsVisible(page: Page) {
  return page.locator('.recent-calls').evaluate((panel) => {
    const bottom = panel.getBoundingClientRect().bottom;
    const rows = [...panel.querySelectorAll('tbody tr')];
    return rows.length > 0 && rows.every((row) => row.getBoundingClientRect().bottom <= bottom);
  });
}

/** The featured number's font size and its box against the window's height and its panel. */
function featuredNumberSize(page: Page) {
  return page.locator('.current-call__number').evaluate((number) => {
    const panel = number.closest('.current-call');
    return {
      fontShare: Number.parseFloat(getComputedStyle(number).fontSize) / window.innerHeight,
      fits: number.scrollWidth <= (panel?.clientWidth ?? 0),
    };
  });
}

describe('display in Chromium', () => {
  it('opens as the demo display, online, accessible, at 1920×1080', async () => {
    const { page, errors } = await openDisplay(session.browser, session.hub.url, {
      viewport: SCREENS.display,
    });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Centro de Atención al Ciudadano',
    );
    expect(
      await page.getByRole('region', { name: 'En espera' }).getByRole('listitem').count(),
    ).toBe(5);
    // The notices come one at a time; the first of the demo office is its hours.
    expect(await page.getByRole('contentinfo').textContent()).toContain('Horario de atención');
    // The hub's clock (the test session.hub starts at 10:00 in Lima), not this machine's.
    expect(await page.locator('.display-header__time').textContent()).toMatch(/^10:0\d$/);
    expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, 'display-idle-1920x1080');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('features a call made at a counter, announces it with its window, and a recall', async () => {
    const browser = await launchDisplayChromium();
    try {
      const { page, errors } = await openDisplay(browser, session.hub.url, {
        viewport: SCREENS.display,
        reducedMotion: true,
      });
      // Allowed to play sound, the screen offers no button for it.
      expect(await page.locator('.sound-prompt').count()).toBe(0);
      await takeTickets(session.hub, ['registro-civil', 'registro-civil']);
      const clerk = await clerkAt(session.hub.url, 'clerk2', 'ventanilla-2');
      expect(await clerk.callNext()).toBe('R-001');

      const current = page.getByRole('region', { name: 'Turno' });
      await expect
        .poll(() => current.textContent())
        .toBe('TurnoR-001Acérquese aVentanilla 2Registro Civil');
      const size = await featuredNumberSize(page);
      expect(size.fontShare).toBeGreaterThanOrEqual(0.12);
      expect(size.fits).toBe(true);
      // Headless Chromium has no speech voice: the bundled clips say it (Web Audio decodes them).
      const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
      const said = voices === 0 ? 'clips' : 'speech';
      await expect
        .poll(() => announcementLog(page), { timeout: 15_000 })
        .toEqual([`Turno erre uno, ventanilla dos. [${said}]`]);

      // The recall, through the REST API: same path in the hub, same announcement on the screen.
      if (!clerk.current) throw new Error('the clerk holds R-001');
      await recallByRest(session.hub.url, clerk.token, clerk.current.id);
      await expect.poll(() => current.textContent()).toContain('Segundo llamadoR-001');
      await expect
        .poll(() => announcementLog(page), { timeout: 15_000 })
        .toEqual([
          `Turno erre uno, ventanilla dos. [${said}]`,
          `Segundo llamado. Turno erre uno, ventanilla dos. [${said}]`,
        ]);
      expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
      await saveScreenshot(page, 'display-recall-1920x1080');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('asks for a tap while the browser blocks sound, then announces', async () => {
    const { page, errors } = await openDisplay(session.browser, session.hub.url, {
      viewport: SCREENS.display,
    });
    const prompt = page.getByRole('button', {
      name: 'Toque aquí para activar el sonido de los llamados',
    });
    await prompt.waitFor();
    expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
    await saveScreenshot(page, 'display-sound-blocked-1920x1080');
    await prompt.click();
    await prompt.waitFor({ state: 'detached' });
    await takeTickets(session.hub, ['orientacion']);
    const clerk = await clerkAt(session.hub.url, 'clerk1', 'ventanilla-1');
    const number = await clerk.callNext();
    await expect
      .poll(() => announcementLog(page), { timeout: 15_000 })
      .toEqual([
        expect.stringMatching(/^Turno (erre|o) \S+, ventanilla uno\. \[(clips|speech)\]$/),
      ]);
    expect(number).toMatch(/^[RO]-\d{3}$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the last calls, newest first, in portrait (1080×1920)', async () => {
    const { page, errors } = await openDisplay(session.browser, session.hub.url, {
      viewport: PORTRAIT,
      reducedMotion: true,
    });
    await takeTickets(session.hub, [
      'tributos',
      'licencias',
      'mesa-de-partes',
      'tributos',
      'licencias',
      'orientacion',
      'tributos',
      'licencias',
      'mesa-de-partes',
    ]);
    const called: string[] = [];
    const windows = [
      await clerkAt(session.hub.url, 'clerk5', 'ventanilla-5'),
      await clerkAt(session.hub.url, 'clerk3', 'ventanilla-3'),
      await clerkAt(session.hub.url, 'clerk4', 'ventanilla-4'),
    ];
    for (let n = 0; n < 7; n += 1) {
      const clerk = windows[n % windows.length];
      if (clerk)
        called.push(
          `${await clerk.callNext()}${clerk.windowId.replace('ventanilla-', 'Ventanilla ')}`,
        );
    }
    const newest = called.reverse();
    await expect
      .poll(() => page.locator('.current-call__body').getAttribute('data-call'))
      .not.toBeNull();
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Últimos llamados' })
          .getByRole('row')
          .evaluateAll((rows) => rows.slice(1).map((row) => row.textContent)),
      )
      .toEqual(newest.slice(1, 7));
    expect(await page.getByRole('region', { name: 'Turno' }).textContent()).toContain(
      newest[0]?.replace(/Ventanilla \d$/, ''),
    );
    const size = await featuredNumberSize(page);
    expect(size.fontShare).toBeGreaterThanOrEqual(0.12);
    expect(size.fits).toBe(true);
    expect(await recentRowsVisible(page)).toBe(true);
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
    await saveScreenshot(page, 'display-calls-1080x1920');

    // The same calls in landscape: six rows fit there too.
    await page.setViewportSize(SCREENS.display);
    expect(await recentRowsVisible(page)).toBe(true);
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, 'display-calls-1920x1080');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows only its zone: windows from the address, services from its device', async () => {
    // ?zone= (as the Electron shell passes it): the room of windows 5 and 6.
    const { page } = await openDisplay(session.browser, session.hub.url, {
      viewport: SCREENS.display,
      search: '?zone=ventanilla-5,ventanilla-6',
    });
    const queues = page.getByRole('region', { name: 'En espera' }).locator('.queue__name');
    expect(await queues.allTextContents()).toEqual(['Tributos (SAT)', 'Orientación']);
    await takeTickets(session.hub, ['registro-civil', 'tributos']);
    const far = await clerkAt(session.hub.url, 'clerk1', 'ventanilla-1');
    const near = await clerkAt(session.hub.url, 'clerk6', 'ventanilla-6');
    const farNumber = await far.callNext();
    const nearNumber = await near.callNext();
    await expect
      .poll(() => page.getByRole('region', { name: 'Turno' }).textContent())
      .toContain(`${nearNumber}Acérquese aVentanilla 6`);
    expect(await page.locator('.display').textContent()).not.toContain(farNumber);
    await page.close();

    // A device with a zone in office.json (devices[].zone): only Tributos.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cac-display-zone-'));
    const office = createDemoOffice();
    office.devices.push({
      id: 'display-sala-2',
      kind: 'display',
      name: 'Pantalla de la sala 2',
      keyHash: hashDeviceKey('sala-2-display-key'),
      zone: { serviceIds: ['tributos'] },
    });
    await writeFile(path.join(dataDir, 'office.json'), JSON.stringify(office));
    const zoned: TestHub = await startTestHub({ dataDir });
    try {
      const room = await openDisplay(session.browser, zoned.url, {
        viewport: SCREENS.display,
        search: '?key=sala-2-display-key',
      });
      expect(
        await room.page
          .getByRole('region', { name: 'En espera' })
          .locator('.queue__name')
          .allTextContents(),
      ).toEqual(['Tributos (SAT)']);
      await takeTickets(zoned, ['registro-civil', 'tributos']);
      const registro = await clerkAt(zoned.url, 'clerk1', 'ventanilla-1');
      const tributos = await clerkAt(zoned.url, 'clerk5', 'ventanilla-5');
      await registro.callNext();
      const shown = await tributos.callNext();
      await expect
        .poll(() => room.page.getByRole('region', { name: 'Turno' }).textContent())
        .toContain(`${shown}Acérquese aVentanilla 5`);
      expect(await room.page.locator('.display').textContent()).not.toContain('R-001');
      expect(room.errors).toEqual([]);
      await room.page.close();
    } finally {
      await zoned.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('plays the media between calls and gives the stage to a call', async () => {
    // An office with a logo and a slide in <data>/media/, served by the hub's own media routes.
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cac-display-media-'));
    await drawSlide(
      session.browser,
      path.join(dataDir, 'media', '01-tramites-en-linea.png'),
      'Trámites en línea',
      'Pague sus tributos desde su casa',
    );
    await drawSlide(session.browser, path.join(dataDir, 'logo.png'), 'MPC', '');
    const office = createDemoOffice();
    office.office.logoFile = 'logo.png';
    await writeFile(path.join(dataDir, 'office.json'), JSON.stringify(office));
    const withMedia: TestHub = await startTestHub({ dataDir });
    try {
      const { page, errors } = await openDisplay(session.browser, withMedia.url, {
        viewport: SCREENS.display,
        reducedMotion: true,
      });
      const panel = page.getByRole('region', { name: 'Información municipal' });
      await panel.locator('img').waitFor();
      await expect
        .poll(() => panel.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBe(1280);
      expect(
        await page
          .getByRole('img', { name: 'Logo de Municipalidad Provincial de Cajamarca' })
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBe(1280);
      expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
      await saveScreenshot(page, 'display-media-1920x1080');

      await takeTickets(withMedia, ['orientacion']);
      const clerk = await clerkAt(withMedia.url, 'clerk2', 'ventanilla-2');
      const number = await clerk.callNext();
      await expect
        .poll(() => page.getByRole('region', { name: 'Turno' }).textContent())
        .toContain(`${number}Acérquese aVentanilla 2`);
      expect(await panel.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await withMedia.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('turns the picture a quarter turn for a TV hung upright on a landscape desktop', async () => {
    const { page } = await openDisplay(session.browser, session.hub.url, {
      viewport: SCREENS.display,
      search: '?orientation=portrait',
    });
    const frame = await page.locator('.display-frame').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return {
        rotation: element.getAttribute('data-rotation'),
        box: [box.left, box.top, box.width, box.height].map(Math.round),
        layoutWidth: (element as HTMLElement).offsetWidth,
      };
    });
    expect(frame).toEqual({ rotation: '90', box: [0, 0, 1920, 1080], layoutWidth: 1080 });
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await page.close();
  });

  it('says "Reconectando…" when the hub restarts, then resyncs by itself, no reload', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'cac-display-restart-'));
    // A free port, kept for the second hub: the page's address must stay the same.
    const first = await startHubAt(dataDir, 0, LIMA_MORNING);
    const port = first.port;
    let second: Awaited<ReturnType<typeof startHubAt>> | null = null;
    const started = Date.now();
    try {
      const { page, errors } = await openDisplay(session.browser, first.url, {
        viewport: SCREENS.display,
        reducedMotion: true,
      });
      await page.evaluate(() => {
        (window as unknown as { sameDocument: boolean }).sameDocument = true;
      });
      await takeTickets(first, ['licencias', 'licencias']);
      const before = await openWindow(first.url, 'clerk3', 'ventanilla-3');
      const number = await before.callNext();
      before.close();
      const current = page.getByRole('region', { name: 'Turno' });
      await expect.poll(() => current.textContent()).toContain(`${number}Acérquese aVentanilla 3`);

      await first.close();
      const banner = page.getByRole('status');
      await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toBe('Reconectando…');
      // The last picture stays on screen meanwhile.
      expect(await current.textContent()).toContain(number);
      expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
      await saveScreenshot(page, 'display-reconnecting-1920x1080');

      second = await startHubAt(dataDir, port, LIMA_MORNING + (Date.now() - started));
      await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toBe('');
      expect(await current.textContent()).toContain(`${number}Acérquese aVentanilla 3`);
      const after = await openWindow(second.url, 'clerk4', 'ventanilla-4');
      const next = await after.callNext();
      after.close();
      await expect.poll(() => current.textContent()).toContain(`${next}Acérquese aVentanilla 4`);
      expect(
        await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      ).toBe(true);
      // The socket's failed reconnects while the hub was down are not page errors.
      expect(errors.filter((error) => !error.includes('WebSocket'))).toEqual([]);
      await page.close();
    } finally {
      await second?.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('still says "Reconectando…" when the session hub goes away', async () => {
    const { page } = await openDisplay(session.browser, session.hub.url, {
      viewport: SCREENS.display,
    });
    await session.hub.close();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('Reconectando…');
    expect(await page.getByRole('region', { name: 'En espera' }).isVisible()).toBe(true);
    await page.close();
  });
});
