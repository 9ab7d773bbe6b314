import { connectRole, loginToken } from '@cac/hub/testing';
import type { RoleClient } from '@cac/hub/testing';
import {
  SCREENS,
  collectPageErrors,
  runAxe,
  saveScreenshot,
  faceUrl,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

const session = useE2eSession();

describe('display in Chromium', () => {
  it('opens as the demo display, online, accessible, at 1920×1080', async () => {
    const page = await session.browser.newPage({ viewport: SCREENS.display });
    const errors = collectPageErrors(page);
    await page.goto(faceUrl(session.hub.url, 'display'));
    await page.getByRole('region', { name: 'En espera' }).waitFor();

    await expect
      .poll(() => page.locator('.display').getAttribute('data-connection'))
      .toBe('online');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Centro de Atención al Ciudadano',
    );
    expect(
      await page.getByRole('region', { name: 'En espera' }).getByRole('listitem').count(),
    ).toBe(5);
    expect(await page.getByRole('contentinfo').textContent()).toContain('Ley 28683');
    // The hub's clock (the test session.hub starts at 10:00 in Lima), not this machine's.
    expect(await page.locator('.display-header__time').textContent()).toMatch(/^10:0\d$/);
    expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
    // Nothing is cut off: the page fits the screen exactly.
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, 'display-idle-1920x1080');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('features a call made at a counter', async () => {
    // Reduced motion: the screenshot shows the settled picture, not the pulse of the new call.
    const page = await session.browser.newPage({
      viewport: SCREENS.display,
      reducedMotion: 'reduce',
    });
    await page.goto(faceUrl(session.hub.url, 'display'));
    await page.getByRole('region', { name: 'En espera' }).waitFor();

    await callSomeTickets();

    const current = page.getByRole('region', { name: 'Turno' });
    await expect
      .poll(() => current.textContent())
      .toMatch(/^Turno[A-Z]-\d{3}Acérquese aVentanilla 1$/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Últimos llamados' }).getByRole('row').count())
      .toBe(7);
    expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
    await saveScreenshot(page, 'display-calls-1920x1080');
    await page.close();
  });

  it('says "Reconectando…" when the hub goes away', async () => {
    const page = await session.browser.newPage({ viewport: SCREENS.display });
    await page.goto(faceUrl(session.hub.url, 'display'));
    await page.getByRole('region', { name: 'En espera' }).waitFor();

    await session.hub.close();

    const banner = page.getByRole('status');
    await expect.poll(() => banner.textContent()).toContain('Reconectando…');
    // The last picture stays on screen.
    expect(await page.getByRole('region', { name: 'En espera' }).isVisible()).toBe(true);
    expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
    await saveScreenshot(page, 'display-reconnecting-1920x1080');
    await page.close();
  });
});

/** Ticket takes: a morning's mix of services. */
const TAKES = [
  'registro-civil',
  'tributos',
  'registro-civil',
  'licencias',
  'mesa-de-partes',
  'registro-civil',
  'tributos',
  'licencias',
  'orientacion',
  'registro-civil',
  'tributos',
  'mesa-de-partes',
  'registro-civil',
];

/** Who calls at which window, in the order the calls happen. */
const CALLS = [
  ['clerk1', 'ventanilla-1'],
  ['clerk5', 'ventanilla-5'],
  ['clerk3', 'ventanilla-3'],
  ['clerk1', 'ventanilla-1'],
  ['clerk5', 'ventanilla-5'],
  ['clerk3', 'ventanilla-3'],
  ['clerk1', 'ventanilla-1'],
] as const;

/**
 * The kiosk issues {@link TAKES}, a few seconds apart on the hub's clock (its rate limit refuses
 * a burst, as it should); three clerks open their windows and call seven tickets.
 */
async function callSomeTickets(): Promise<void> {
  const kiosk = await connectRole(session.hub.url, 'kiosk', 'demo-kiosk-key');
  const clerks = new Map<string, RoleClient>();
  try {
    for (const serviceId of TAKES) {
      session.hub.advance(5_000);
      const taken = await kiosk.command('ticket:take', { serviceId, category: 'none' });
      if (!taken.ok) throw new Error(taken.error.message);
    }
    for (const [username, windowId] of CALLS) {
      let clerk = clerks.get(username);
      if (!clerk) {
        clerk = await connectRole(
          session.hub.url,
          'counter',
          await loginToken(session.hub.url, username),
        );
        clerks.set(username, clerk);
        const opened = await clerk.command('window:open', { windowId });
        if (!opened.ok) throw new Error(opened.error.message);
      }
      const previous = lastCalled.get(windowId);
      if (previous) {
        const outcome = clerk.snapshot.office.services.find(
          (service) => service.id === previous.serviceId,
        )?.outcomes[0]?.code;
        await clerk.command('ticket:start', { ticketId: previous.id });
        const finished = await clerk.command('ticket:finish', {
          ticketId: previous.id,
          outcome: outcome ?? '',
        });
        if (!finished.ok) throw new Error(finished.error.message);
      }
      const called = await clerk.command('ticket:call-next', { windowId });
      if (!called.ok) throw new Error(called.error.message);
      if (called.value.ticket) lastCalled.set(windowId, called.value.ticket);
    }
  } finally {
    kiosk.close();
    for (const clerk of clerks.values()) clerk.close();
  }
}

/** The ticket each window called last, to finish it before the next call. */
const lastCalled = new Map<string, { id: string; serviceId: string }>();
