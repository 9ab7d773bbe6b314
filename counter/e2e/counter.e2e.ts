import { connectRole, loginToken } from '@cac/hub/testing';
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

/** Signs in with the keyboard only: the username field has the focus when the page opens. */
async function signIn(page: Page, username: string, pin: string): Promise<void> {
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

describe('counter in Chromium', () => {
  it('refuses a wrong PIN in Spanish, then signs in and shows every window', async () => {
    const page = await session.browser.newPage({ viewport: SCREENS.counter });
    const errors = collectPageErrors(page);
    await page.goto(faceUrl(session.hub.url, 'counter'));
    await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-login-1366x768');

    await signIn(page, 'clerk1', '9999');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('El usuario o el PIN no son correctos.');
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
    expect(await windows.getByRole('row', { name: /Ventanilla 6/ }).textContent()).toContain(
      'Cerrada',
    );
    expect(
      await page.getByRole('region', { name: 'Colas por trámite' }).getByRole('row').count(),
    ).toBe(6);

    // Other clerks at work: the table follows them live.
    await busyMorning();
    await expect
      .poll(() => windows.getByRole('row', { name: /Ventanilla 2/ }).textContent())
      .toMatch(/LlamandoLuis Chilón TerronesR-\d{3}/);
    await expect
      .poll(() => windows.getByRole('row', { name: /Ventanilla 4/ }).textContent())
      .toContain('En pausa');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Colas por trámite' })
          .getByRole('row', { name: /Registro Civil/ })
          .textContent(),
      )
      .toMatch(/^RRegistro Civil3/);

    expect(await runAxe(page)).toEqual([]);
    const small = await page
      .locator('button, input')
      .evaluateAll((controls) =>
        controls
          .filter((control) => control.getBoundingClientRect().height < 44)
          .map((control) => control.outerHTML),
      );
    expect(small).toEqual([]);
    await saveScreenshot(page, 'counter-home-1366x768');
    // The refused PIN is the only failed request.
    expect(errors).toEqual(['401 /api/v1/auth/login']);

    // A reload keeps the session (sessionStorage); signing out returns to the form.
    await page.reload();
    await windows.waitFor();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
    await page.close();
  });
});

/**
 * Four citizens take tickets (a few seconds apart on the hub's clock: the kiosk is rate-limited);
 * clerk2 opens Ventanilla 2 and calls the first; clerk4 opens Ventanilla 4 and pauses it.
 */
async function busyMorning(): Promise<void> {
  const kiosk = await connectRole(session.hub.url, 'kiosk', 'demo-kiosk-key');
  const clerk2 = await connectRole(
    session.hub.url,
    'counter',
    await loginToken(session.hub.url, 'clerk2'),
  );
  const clerk4 = await connectRole(
    session.hub.url,
    'counter',
    await loginToken(session.hub.url, 'clerk4'),
  );
  try {
    for (const serviceId of [
      'registro-civil',
      'registro-civil',
      'licencias',
      'registro-civil',
      'registro-civil',
    ]) {
      session.hub.advance(5_000);
      const taken = await kiosk.command('ticket:take', { serviceId, category: 'none' });
      if (!taken.ok) throw new Error(taken.error.message);
    }
    for (const [clerk, command, payload] of [
      [clerk2, 'window:open', { windowId: 'ventanilla-2' }],
      [clerk2, 'ticket:call-next', { windowId: 'ventanilla-2' }],
      [clerk4, 'window:open', { windowId: 'ventanilla-4' }],
      [clerk4, 'window:pause', { windowId: 'ventanilla-4', reason: 'refrigerio' }],
    ] as const) {
      const result = await clerk.command(command, payload);
      if (!result.ok) throw new Error(result.error.message);
    }
  } finally {
    kiosk.close();
    clerk2.close();
    clerk4.close();
  }
}
