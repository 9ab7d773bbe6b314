import type { Locator, Page } from 'playwright-core';
import {
  clerkPage,
  currentTicket,
  openWindowWithKeyboard,
  signIn,
  ticketTaker,
} from '../../counter/e2e/clerk-helpers';
import type { TicketTaker } from '../../counter/e2e/clerk-helpers';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

// An expediente's whole journey on one hub, through the faces: mesa de partes files it at a window
// (the cargo prints), the citizen follows it with the cargo's number and key on the web (/consulta)
// and at the kiosk; a filing observed at the window is fixed later and the back office records it.

const session = useE2eSession();
let tickets: TicketTaker;

beforeAll(async () => {
  tickets = await ticketTaker(session.hub.url);
});

afterAll(() => tickets?.close());

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Panel del trámite' });
}

/** A fact of the panel's result (`<dt>term</dt><dd>value</dd>`). */
async function fact(page: Page, term: string): Promise<string> {
  const value = panel(page)
    .locator('dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]');
  return ((await value.textContent()) ?? '').trim();
}

/** Files a mesa de partes expediente at Ventanilla 4; returns its number and access key. */
async function fileAtWindow(
  page: Page,
  observation: string | null,
): Promise<{ number: string; key: string }> {
  const ticket = await tickets.take('mesa-de-partes');
  await page.keyboard.press('l');
  await expect.poll(() => currentTicket(page).textContent()).toBe(ticket.number);
  await page.keyboard.press('i');
  const form = panel(page);
  await form.getByRole('combobox', { name: 'Trámite' }).selectOption('registro-expediente');
  await form.getByRole('textbox', { name: /^Número de documento/ }).fill('45055499');
  await form.getByRole('textbox', { name: /^Nombres y apellidos$/ }).fill('José Chávez Rojas');
  await form.getByRole('textbox', { name: /^Asunto/ }).fill('Solicito licencia de obra menor');
  await form.getByRole('textbox', { name: /^N° de folios/ }).fill('5');
  await form
    .getByRole('combobox', { name: 'Oficina de destino' })
    .selectOption('Gerencia de Desarrollo Urbano');
  if (observation) {
    await form.getByRole('textbox', { name: /^Observación al recibir/ }).fill(observation);
  }
  await form.getByRole('button', { name: 'Registrar y imprimir cargo' }).click();
  await form.getByText('Se imprimió el cargo en la impresora de la ventanilla.').waitFor();
  const number = ((await fact(page, 'Expediente')).match(/EXP-\d{4}-\d{6}/) ?? [''])[0];
  const key = await fact(page, 'Clave de consulta');
  // Finish the attention, linked to the expediente.
  await page.keyboard.press('f');
  await page.getByRole('dialog').getByText(`vinculada al expediente ${number}`).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  return { number, key };
}

/** What the public page says of an expediente (the state in words). */
async function publicState(page: Page, number: string, key: string): Promise<string> {
  await page.goto(`${session.hub.url}/consulta?n=${number}&k=${key}`);
  return (await page.locator('.state').textContent()) ?? '';
}

describe('an expediente from the window to the citizen', () => {
  it('is filed at a window, then followed on the web and at the kiosk with the cargo’s number and key', async () => {
    const counter = await clerkPage(session.browser, session.hub.url, 'clerk4');
    const errors = collectPageErrors(counter);
    await openWindowWithKeyboard(counter, 'Ventanilla 4');
    const filed = await fileAtWindow(counter, null);
    expect(filed.number).toMatch(/^EXP-2026-\d{6}$/);
    expect(filed.key).toMatch(/^\d{8}$/);

    // On a phone: the cargo's QR opens /consulta with the number and key.
    const phone = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    expect(await publicState(phone, filed.number, filed.key)).toBe('Recibido');
    expect(await phone.content()).not.toContain('Chávez');
    expect(await runAxe(phone)).toEqual([]);
    await saveScreenshot(phone, 'consulta-phone-390x844');

    // At the kiosk, with the keypad.
    const kiosk = await session.browser.newPage({ viewport: SCREENS.kioskPortrait });
    await kiosk.goto(faceUrl(session.hub.url, 'kiosk'));
    await kiosk.getByRole('button', { name: 'Consultar mi trámite' }).click();
    const keypad = kiosk.getByRole('group', { name: 'Teclado numérico' });
    for (const digit of String(Number(filed.number.slice(-6)))) {
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    }
    await kiosk.getByRole('button', { name: 'Siguiente' }).click();
    for (const digit of filed.key) {
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    }
    await kiosk.getByRole('button', { name: 'Consultar', exact: true }).click();
    await expect.poll(() => kiosk.getByTestId('expediente-state').textContent()).toBe('Recibido');
    expect(errors).toEqual([]);
    await Promise.all([phone.close(), kiosk.close(), counter.context().close()]);
  });

  it('is observed at the window, fixed later, and the back office records the subsanación', async () => {
    const counter = await clerkPage(session.browser, session.hub.url, 'clerk4');
    const observed = await fileAtWindow(counter, 'Falta la copia del DNI');
    await counter.context().close();
    const phone = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    expect(await publicState(phone, observed.number, observed.key)).toBe('Observado');

    // The applicant brings the copy: mesa de partes' supervisor records it.
    const office = await session.browser.newPage({ viewport: SCREENS.counter });
    await office.goto(faceUrl(session.hub.url, 'counter'));
    await signIn(office, 'supervisor');
    await office
      .getByRole('navigation', { name: 'Vistas' })
      .getByRole('button', { name: 'Expedientes' })
      .click();
    await office.getByLabel('Número de expediente').fill(observed.number);
    await office.getByRole('button', { name: 'Buscar', exact: true }).click();
    await office
      .getByRole('region', { name: 'Resultados' })
      .getByRole('button', { name: observed.number })
      .click();
    await office
      .getByRole('group', { name: 'Mover el expediente' })
      .getByRole('button', { name: 'Registrar subsanación' })
      .click();
    const dialog = office.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Registrar subsanación' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await publicState(phone, observed.number, observed.key)).toBe('Subsanado');
    await Promise.all([phone.close(), office.close()]);
  });
});
