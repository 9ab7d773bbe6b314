import type { Page } from 'playwright-core';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import { loginToken } from '@cac/hub/testing';
import { signIn } from './clerk-helpers';

// The administrator's screens (issue 7) against the real hub: a change saved here reaches a kiosk
// that is already open, without a reload; a user created here signs in. The tests share one hub
// and run in order.
const session = useE2eSession();

/** The admin's page at 1366×768, signed in, on the administration's first page (Servicios). */
async function adminPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: SCREENS.counter });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(faceUrl(session.hub.url, 'counter'));
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Vistas' }).waitFor();
  await page.getByRole('button', { name: 'Administración', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: 'Servicios' }).waitFor();
  return { page, errors };
}

/** Nothing sticks out of the page sideways, and no control is cut off by its box. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function checkPage(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  expect(await runAxe(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe('administration', () => {
  it('renames a service and an open kiosk shows the new name without a reload', async () => {
    const kiosk = await session.browser.newPage({ viewport: SCREENS.kioskPortrait });
    const kioskErrors = collectPageErrors(kiosk);
    await kiosk.goto(`${faceUrl(session.hub.url, 'kiosk')}?returnAfter=600`);
    const services = kiosk.getByRole('list', { name: 'Trámites' });
    await services.getByRole('button', { name: /^Orientación/ }).waitFor();
    const kioskUrl = kiosk.url();

    const { page, errors } = await adminPage();
    await checkPage(page, 'admin-services');

    await page.getByRole('button', { name: 'Editar Orientación' }).click();
    const name = page.getByRole('textbox', { name: 'Nombre del servicio' });
    await checkPage(page, 'admin-service-form');
    await name.fill('Orientación al ciudadano');
    await page.getByRole('button', { name: 'Guardar servicio' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Se guardó el servicio «Orientación al ciudadano»' })
      .waitFor();

    await expect
      .poll(() => services.getByRole('button', { name: /^Orientación al ciudadano/ }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(kiosk.url()).toBe(kioskUrl);
    await saveScreenshot(kiosk, 'admin-kiosk-renamed');
    expect(kioskErrors).toEqual([]);
    expect(errors).toEqual([]);
    await kiosk.close();
    await page.context().close();
  });

  it('creates a user who then signs in', async () => {
    const { page, errors } = await adminPage();
    await page.getByRole('button', { name: 'Usuarios', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Usuarios' }).waitFor();
    await checkPage(page, 'admin-users');

    await page.getByRole('button', { name: 'Crear usuario' }).click();
    const dialog = page.getByRole('dialog', { name: 'Crear usuario' });
    await dialog.getByRole('textbox', { name: 'Usuario (para ingresar)' }).fill('clerk7');
    await dialog.getByRole('textbox', { name: 'Nombre completo' }).fill('Pedro Vera Chávez');
    await dialog.getByLabel('PIN', { exact: true }).fill('5739');
    await dialog.getByLabel('Repita el PIN').fill('5793');
    await dialog.getByRole('button', { name: 'Crear usuario' }).click();
    await dialog.getByText('Los dos PIN no coinciden').waitFor();
    await checkPage(page, 'admin-user-dialog');
    await dialog.getByLabel('Repita el PIN').fill('5739');
    await dialog.getByRole('button', { name: 'Crear usuario' }).click();
    await page.getByRole('status').filter({ hasText: 'Se creó el usuario «clerk7»' }).waitFor();
    await page.getByRole('rowheader', { name: 'Pedro Vera Chávez' }).waitFor();

    const fresh = await session.browser.newContext({ viewport: SCREENS.counter });
    const clerk = await fresh.newPage();
    await clerk.goto(faceUrl(session.hub.url, 'counter'));
    await signIn(clerk, 'clerk7', '5739');
    await clerk.getByRole('heading', { level: 1, name: 'Abrir ventanilla' }).waitFor();
    await fresh.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers a change another administrator saved, keeping what is being typed', async () => {
    const { page, errors } = await adminPage();
    await page.getByRole('button', { name: 'Avisos', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Avisos' }).waitFor();

    // A second administrator, elsewhere, saves the ticker through the REST API.
    const token = await loginToken(session.hub.url, 'admin');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const read = (await fetch(`${session.hub.url}/api/v1/admin/config`, { headers }).then((r) =>
      r.json(),
    )) as { revision: string };
    const saved = await fetch(`${session.hub.url}/api/v1/admin/config/announcements`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ revision: read.revision, value: ['Hoy se atiende hasta las 13:00.'] }),
    });
    expect(saved.status).toBe(200);

    await page.getByText('La configuración cambió en otra pantalla.', { exact: false }).waitFor();
    await checkPage(page, 'admin-changed-elsewhere');
    await page.getByRole('button', { name: 'Volver a leer la configuración' }).click();
    // The ticker's page now holds the other administrator's text.
    await expect
      .poll(() =>
        page
          .locator('.admin-page input, .admin-page textarea')
          .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value)),
      )
      .toEqual(['Hoy se atiende hasta las 13:00.']);
    await expect
      .poll(() => page.getByText('La configuración cambió en otra pantalla.').count())
      .toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows every page readable at 1366×768, with no accessibility violation', async () => {
    const { page, errors } = await adminPage();
    const pages = [
      ['Ventanillas', 'admin-windows'],
      ['Dispositivos', 'admin-devices'],
      ['Oficina y horario', 'admin-office'],
      ['Feriados', 'admin-holidays'],
      ['Tabla UIT', 'admin-uit'],
      ['Política de llamado', 'admin-call-policy'],
      ['Avisos', 'admin-announcements'],
      ['Trámites en línea', 'admin-online-procedures'],
      ['Historial de cambios', 'admin-audit'],
    ] as const;
    for (const [label, file] of pages) {
      await page
        .getByRole('navigation', { name: 'Secciones de la administración' })
        .getByRole('button', { name: label, exact: true })
        .click();
      await page.getByRole('heading', { level: 3, name: label }).waitFor();
      if (label === 'Historial de cambios') {
        await page.getByRole('rowheader', { name: 'Guardó Servicios' }).first().waitFor();
      }
      await checkPage(page, file);
    }

    // A device's key, shown once.
    await page.getByRole('button', { name: 'Dispositivos', exact: true }).click();
    await page.getByRole('button', { name: 'Registrar dispositivo' }).click();
    const register = page.getByRole('dialog', { name: 'Registrar dispositivo' });
    await register.getByRole('textbox', { name: 'Nombre' }).fill('Pantalla del patio');
    await register.getByRole('radio', { name: 'Pantalla' }).check();
    await register.getByRole('button', { name: 'Registrar' }).click();
    const key = page.getByRole('dialog', { name: 'Clave de Pantalla del patio' });
    await key.getByText('Anótela: no se volverá a mostrar.').waitFor();
    await checkPage(page, 'admin-device-key');
    await key.getByRole('button', { name: 'Ya la anoté' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
