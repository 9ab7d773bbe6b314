import { connectRole, loginToken, startTestHub } from '@cac/hub/testing';
import type { Browser } from 'playwright-core';
import { SCREENS, collectPageErrors, launchChromium, runAxe, saveScreenshot } from '../../shared/src/testing/browser';

type Hub = Awaited<ReturnType<typeof startTestHub>>;

let hub: Hub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startTestHub(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('display in Chromium', () => {
  it('opens as the demo display, online, accessible, at 1920×1080', async () => {
    const page = await browser.newPage({ viewport: SCREENS.display });
    const errors = collectPageErrors(page);
    await page.goto(`${hub.url}/display/index.html`);
    await page.getByRole('region', { name: 'En espera' }).waitFor();

    await expect.poll(() => page.locator('.display').getAttribute('data-connection')).toBe('online');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Centro de Atención al Ciudadano');
    expect(await page.getByRole('region', { name: 'En espera' }).getByRole('row').count()).toBe(6);
    expect(await page.getByRole('contentinfo').textContent()).toContain('Ley 28683');
    expect(await runAxe(page)).toEqual([]);
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
    const page = await browser.newPage({ viewport: SCREENS.display });
    await page.goto(`${hub.url}/display/index.html`);
    await page.getByRole('region', { name: 'En espera' }).waitFor();

    await callSomeTickets();

    const current = page.getByRole('region', { name: 'Turno' });
    await expect.poll(() => current.textContent()).toMatch(/[RO]-\d{3}Acérquese aVentanilla 1/);
    await expect.poll(() => page.getByRole('region', { name: 'Últimos llamados' }).getByRole('row').count()).toBe(3);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'display-calls-1920x1080');
    await page.close();
  });

  it('says "Reconectando…" when the hub goes away', async () => {
    const page = await browser.newPage({ viewport: SCREENS.display });
    await page.goto(`${hub.url}/display/index.html`);
    await page.getByRole('region', { name: 'En espera' }).waitFor();

    await hub.close();

    const banner = page.getByRole('status');
    await expect.poll(() => banner.textContent()).toContain('Reconectando…');
    // The last picture stays on screen.
    expect(await page.getByRole('region', { name: 'En espera' }).isVisible()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'display-reconnecting-1920x1080');
    await page.close();
  });
});

/** A kiosk issues three tickets and clerk1 calls them one after the other at Ventanilla 1. */
async function callSomeTickets(): Promise<void> {
  const kiosk = await connectRole(hub.url, 'kiosk', 'demo-kiosk-key');
  const clerk = await connectRole(hub.url, 'counter', await loginToken(hub.url, 'clerk1'));
  try {
    for (let i = 0; i < 3; i += 1) {
      await kiosk.command('ticket:take', { serviceId: 'registro-civil', category: 'none' });
    }
    await clerk.command('window:open', { windowId: 'ventanilla-1' });
    for (let i = 0; i < 3; i += 1) {
      const called = await clerk.command('ticket:call-next', { windowId: 'ventanilla-1' });
      if (!called.ok) throw new Error(called.error.message);
      const ticketId = called.value.ticket?.id;
      if (!ticketId) throw new Error('call-next returned no ticket');
      if (i < 2) {
        await clerk.command('ticket:start', { ticketId });
        await clerk.command('ticket:finish', { ticketId, outcome: 'atendido' });
      }
    }
  } finally {
    kiosk.close();
    clerk.close();
  }
}
