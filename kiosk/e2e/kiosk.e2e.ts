import type { Page } from 'playwright-core';
import {
  SCREENS,
  collectPageErrors,
  runAxe,
  saveScreenshot,
  faceUrl,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

const session = useE2eSession();

/**
 * How far the page, or the list of services inside it, extends beyond what is visible (0 and 0
 * when every button can be seen and touched without scrolling).
 */
async function overflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const list = document.querySelector('.kiosk-services');
    const hidden = list ? list.scrollHeight - list.clientHeight : 0;
    return {
      x: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      y: Math.max(0, document.documentElement.scrollHeight - window.innerHeight, hidden),
    };
  });
}

async function openKiosk(size: {
  width: number;
  height: number;
}): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: size });
  const errors = collectPageErrors(page);
  await page.goto(faceUrl(session.hub.url, 'kiosk'));
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

describe('kiosk in Chromium', () => {
  it('opens as the demo kiosk, online, accessible, in portrait', async () => {
    const { page, errors } = await openKiosk(SCREENS.kioskPortrait);

    await expect.poll(() => page.locator('.kiosk').getAttribute('data-connection')).toBe('online');
    expect(await page.getByRole('list', { name: 'Trámites' }).getByRole('button').count()).toBe(5);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Centro de Atención al Ciudadano',
    );
    expect(await runAxe(page)).toEqual([]);
    // Every service button is a large touch target.
    for (const box of await page
      .locator('.service-button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(64);
    }
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, 'kiosk-home-portrait-1080x1920');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not break in landscape', async () => {
    const { page } = await openKiosk(SCREENS.kioskLandscape);
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'kiosk-home-landscape-1920x1080');
    await page.close();
  });

  it('issues a ticket on a tap, and the display sees the queue grow', async () => {
    const display = await session.browser.newPage({ viewport: SCREENS.display });
    await display.goto(faceUrl(session.hub.url, 'display'));
    await display.getByRole('region', { name: 'En espera' }).waitFor();
    const before = await displayWaiting(display, 'Registro Civil');

    const { page } = await openKiosk(SCREENS.kioskPortrait);
    await page.getByRole('button', { name: /Registro Civil/ }).click();

    await page.getByRole('heading', { name: 'Retire su ticket' }).waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^R-\d{3,}$/);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'kiosk-ticket-portrait-1080x1920');

    await expect.poll(() => displayWaiting(display, 'Registro Civil')).toBe(before + 1);

    // A touch anywhere (after the short guard) brings the next citizen back to the services.
    await page.waitForTimeout(1600);
    await page.mouse.click(540, 300);
    await page.getByRole('list', { name: 'Trámites' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: /Registro Civil/ }).textContent())
      .toContain(`${before + 1} persona`);
    await Promise.all([page.close(), display.close()]);
  });

  it('goes out of service when the hub is gone', async () => {
    const { page } = await openKiosk(SCREENS.kioskPortrait);
    await session.hub.close();

    await page.getByRole('heading', { name: 'Fuera de servicio por un momento' }).waitFor();
    expect(await page.getByRole('list', { name: 'Trámites' }).count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'kiosk-out-of-service-portrait-1080x1920');
    await page.close();
  });
});
