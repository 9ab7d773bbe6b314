import { startTestHub } from '@cac/hub/testing';
import type { Browser, Page } from 'playwright-core';
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

/** Signs in with the keyboard only: the username field has the focus when the page opens. */
async function signIn(page: Page, username: string, pin: string): Promise<void> {
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

describe('counter in Chromium', () => {
  it('refuses a wrong PIN in Spanish, then signs in and shows every window', async () => {
    const page = await browser.newPage({ viewport: SCREENS.counter });
    const errors = collectPageErrors(page);
    await page.goto(`${hub.url}/counter/index.html`);
    await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-login-1366x768');

    await signIn(page, 'clerk1', '9999');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('El usuario o la contraseña no son correctos.');
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-login-error-1366x768');

    await page.getByLabel('Usuario').fill('clerk1');
    await page.getByLabel('PIN').focus();
    await page.keyboard.type('1234');
    await page.keyboard.press('Enter');

    const windows = page.getByRole('region', { name: 'Ventanillas' });
    await windows.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Conectado');
    expect(await page.getByText('Sesión de Ana Quispe Huamán (ventanilla)').count()).toBe(1);
    expect(await windows.getByRole('row').count()).toBe(7);
    expect(await windows.getByRole('row', { name: /Ventanilla 6/ }).textContent()).toContain('Cerrada');
    expect(await page.getByRole('region', { name: 'Colas por trámite' }).getByRole('row').count()).toBe(6);
    expect(await runAxe(page)).toEqual([]);
    const small = await page.locator('button, input').evaluateAll((controls) =>
      controls.filter((control) => control.getBoundingClientRect().height < 44).map((control) => control.outerHTML),
    );
    expect(small).toEqual([]);
    await saveScreenshot(page, 'counter-home-1366x768');
    // The 401 of the wrong PIN is the only console error the browser reports.
    expect(errors.filter((error) => !error.includes('401'))).toEqual([]);

    // A reload keeps the session (sessionStorage); signing out returns to the form.
    await page.reload();
    await windows.waitFor();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
    await page.close();
  });
});
