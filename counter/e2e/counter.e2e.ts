import type { Page } from 'playwright-core';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

// Signing in to the counter app. The clerk's desk is in clerk.e2e.ts, the supervisor's live floor
// in supervisor.e2e.ts.
const session = useE2eSession();

/** Signs in with the keyboard only: the username field has the focus when the page opens. */
async function signIn(page: Page, username: string, pin: string): Promise<void> {
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

describe('counter sign-in in Chromium', () => {
  it('refuses a wrong PIN in Spanish, then signs a supervisor in to the live floor; a reload keeps the session', async () => {
    const context = await session.browser.newContext({ viewport: SCREENS.counter });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    try {
      await page.goto(faceUrl(session.hub.url, 'counter'));
      await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
      expect(await runAxe(page)).toEqual([]);
      await saveScreenshot(page, 'counter-login-1366x768');

      await signIn(page, 'supervisor', '9999');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('El usuario o el PIN no son correctos.');
      expect(await runAxe(page)).toEqual([]);
      await saveScreenshot(page, 'counter-login-error-1366x768');

      await page.getByLabel('Usuario').fill('supervisor');
      await page.getByLabel('PIN').focus();
      await page.keyboard.type('1234');
      await page.keyboard.press('Enter');

      // Supervisors land on the live floor, not on a clerk's window choice.
      const floor = page.getByRole('heading', { level: 2, name: 'Supervisión de la sala' });
      await floor.waitFor();
      await expect.poll(() => page.getByText('Conectado', { exact: true }).count()).toBe(1);
      expect(await page.getByText('Sesión de Jorge Cabrera Sánchez (supervisión)').count()).toBe(1);
      expect(await page.getByRole('region', { name: 'Ventanillas' }).getByRole('row').count()).toBe(
        7,
      );
      // The refused PIN is the only failed request.
      expect(errors).toEqual(['401 /api/v1/auth/login']);

      // A reload keeps the session (localStorage); signing out returns to the form.
      await page.reload();
      await floor.waitFor();
      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
      expect(errors).toEqual(['401 /api/v1/auth/login']);
    } finally {
      await context.close();
    }
  });
});
