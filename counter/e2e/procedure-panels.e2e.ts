import type { Locator, Page } from 'playwright-core';
import { collectPageErrors, runAxe, saveScreenshot } from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import type { TicketTaker } from './clerk-helpers';
import { clerkPage, currentTicket, openWindowWithKeyboard, ticketTaker } from './clerk-helpers';

// The procedure panels in the real counter against the real hub and its demo catalog: what opens on
// "Iniciar atención", validation where it is typed, the licence's risk rules, a tax payment and a
// filing end to end, the layout at 1366×768 (the page never scrolls; the panel scrolls inside
// itself) and accessibility.

const session = useE2eSession();
let tickets: TicketTaker;

beforeAll(async () => {
  tickets = await ticketTaker(session.hub.url);
});

afterAll(() => tickets?.close());

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Panel del trámite' });
}

/** Calls and starts the next ticket with the keyboard. */
async function callAndStart(page: Page, number: string): Promise<void> {
  await page.keyboard.press('l');
  await expect.poll(() => currentTicket(page).textContent()).toBe(number);
  await page.keyboard.press('i');
  await panel(page).getByRole('combobox', { name: 'Trámite' }).waitFor();
}

/** The page itself never scrolls at 1366×768, whatever the panel holds; axe finds nothing. */
async function checkScreen(page: Page, name: string): Promise<void> {
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));
  expect(size.height).toBeLessThanOrEqual(768);
  expect(size.width).toBeLessThanOrEqual(1366);
  expect(await runAxe(page)).toEqual([]);
  await saveScreenshot(page, name);
}

describe('the procedure panels in Chromium', () => {
  it('Registro Civil: the acta copy validates where it is typed, issues the free birth copy and finishes linked to it', async () => {
    const ticket = await tickets.take('registro-civil');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk1');
    const errors = collectPageErrors(page);
    try {
      await openWindowWithKeyboard(page, 'Ventanilla 1');
      await callAndStart(page, ticket.number);
      await panel(page)
        .getByRole('combobox', { name: 'Trámite' })
        .selectOption('copia-acta-nacimiento');
      const document = panel(page).getByRole('textbox', { name: /^Número de documento/ });
      await document.fill('10117410-3');
      await document.press('Tab');
      await expect.poll(() => document.getAttribute('aria-describedby')).toBeTruthy();
      expect(
        await panel(page)
          .getByText('El dígito de verificación no corresponde a este DNI.', {
            exact: false,
          })
          .count(),
      ).toBe(1);
      const date = panel(page).getByRole('textbox', { name: /^Fecha de nacimiento/ });
      await date.fill('30/02/2020');
      await date.press('Tab');
      await panel(page)
        .getByText('La fecha 30/02/2020 no existe en el calendario. Revise el día y el mes.')
        .waitFor();
      await panel(page)
        .getByRole('checkbox', {
          name: 'Primera copia certificada del acta de nacimiento: gratuita',
        })
        .check();
      await panel(page).getByText('Gratuito', { exact: true }).waitFor();
      // Typing letters in the panel's fields does not fire the desk's shortcuts.
      await panel(page)
        .getByRole('textbox', { name: /^Nombres y apellidos de la persona inscrita/ })
        .pressSequentially('Fermín Tapia');
      expect(await page.getByRole('dialog').count()).toBe(0);
      await checkScreen(page, 'counter-procedure-acta-copy-1366x768');

      // Corrected, the copy is issued free and recorded at the hub; F finishes linked to it.
      await document.fill('10117410-G');
      await date.fill('14/03/2019');
      await panel(page)
        .getByRole('textbox', { name: /^Nombres y apellidos$/ })
        .fill('Rosa Tapia Huamán');
      await panel(page).getByRole('radio', { name: 'Copia emitida' }).check();
      await panel(page)
        .getByRole('textbox', { name: /^N° de recibo o constancia/ })
        .fill('CC-000431');
      await panel(page).getByRole('button', { name: 'Registrar resultado' }).click();
      await panel(page)
        .getByText('Copia emitida con el recibo CC-000431. Derecho: Gratuito.', { exact: false })
        .waitFor();
      await page.keyboard.press('f');
      await page
        .getByRole('dialog')
        .getByText(/La atención queda vinculada/)
        .waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(() => session.hub.context.ledger.getTicket(ticket.id)?.status).toBe('done');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('Licencias: each risk level shows its ITSE timing, checklist, fee and time limit, and a company files one; Mesa de partes shows the observation term', async () => {
    const licence = await tickets.take('licencias');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk3');
    const errors = collectPageErrors(page);
    try {
      await openWindowWithKeyboard(page, 'Ventanilla 3');
      await callAndStart(page, licence.number);
      await panel(page)
        .getByRole('combobox', { name: 'Trámite' })
        .selectOption('licencia-funcionamiento');
      const risk = panel(page).getByRole('group', { name: 'Nivel de riesgo' });
      const cases = [
        ['Bajo', 'ITSE después de la licencia', 'S/ 263.20', '4 días hábiles', 4],
        ['Medio', 'ITSE después de la licencia', 'S/ 420.30', '4 días hábiles', 4],
        ['Alto', 'ITSE antes de la licencia', '10.06 % de la UIT', '10 días hábiles', 7],
        ['Muy alto', 'ITSE antes de la licencia', '18.09 % de la UIT', '8 días hábiles', 7],
      ] as const;
      for (const [level, itse, fee, days, requirements] of cases) {
        await risk.getByRole('radio', { name: level, exact: true }).check();
        await panel(page).getByText(itse, { exact: false }).waitFor();
        await panel(page).getByText(fee, { exact: false }).waitFor();
        await panel(page).getByText(`Plazo legal: ${days}`).waitFor();
        expect(
          await panel(page)
            .getByRole('group', { name: /^Requisitos/ })
            .getByRole('checkbox')
            .count(),
        ).toBe(requirements);
      }
      await panel(page).getByRole('textbox', { name: /^Área/ }).fill('45,50');
      await panel(page).getByRole('textbox', { name: /^Área/ }).press('Tab');
      await panel(page)
        .getByText('Use punto para los decimales del área, no coma: por ejemplo 45.50.')
        .waitFor();
      await checkScreen(page, 'counter-procedure-licence-1366x768');

      // A company at medium risk, every requirement presented: an expediente due in 4 working days.
      const form = panel(page);
      await form.getByRole('textbox', { name: /^Área/ }).fill('45.50');
      await risk.getByRole('radio', { name: 'Medio', exact: true }).check();
      await form.getByRole('combobox', { name: 'Tipo de solicitante' }).selectOption('company');
      await form.getByRole('textbox', { name: /^RUC/ }).fill('20607854247');
      await form.getByRole('textbox', { name: /^Razón social/ }).fill('Comercial Cajamarca S.A.C.');
      await form.getByRole('textbox', { name: /^DNI del representante legal/ }).fill('45055499');
      await form
        .getByRole('textbox', { name: /^Nombres y apellidos del representante legal/ })
        .fill('José Chávez Rojas');
      await form.getByRole('textbox', { name: /^Nombre comercial/ }).fill('Bodega El Inca');
      await form
        .getByRole('textbox', { name: /^Dirección del establecimiento/ })
        .fill('Jr. Amalia Puga 345, Cajamarca');
      await form.getByRole('textbox', { name: /^Giro o actividad/ }).fill('Venta de abarrotes');
      for (const box of await form
        .getByRole('group', { name: /^Requisitos/ })
        .getByRole('checkbox')
        .all()) {
        await box.check();
      }
      await form.getByRole('button', { name: 'Registrar solicitud' }).click();
      await form.getByText('Solicitud registrada.', { exact: false }).waitFor();
      await form.getByText(/^EXP-\d{4}-\d{6} · Expediente N° \d{6}-\d{4}-MPC$/).waitFor();

      // The same clerk then files a document at Mesa de partes.
      await page.keyboard.press('f');
      await page
        .getByRole('dialog')
        .getByText(/La atención queda vinculada al expediente/)
        .waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      const filing = await tickets.take('mesa-de-partes');
      await callAndStart(page, filing.number);
      await panel(page)
        .getByRole('combobox', { name: 'Trámite' })
        .selectOption('registro-expediente');
      await panel(page)
        .getByText('Si observa el documento, el solicitante tiene 2 días hábiles', {
          exact: false,
        })
        .waitFor();
      await panel(page)
        .getByRole('textbox', { name: /^N° de folios/ })
        .fill('2.5');
      await panel(page)
        .getByRole('textbox', { name: /^N° de folios/ })
        .press('Tab');
      await panel(page).getByText('sin decimales', { exact: false }).waitFor();
      await checkScreen(page, 'counter-procedure-intake-1366x768');

      // With a field still wrong, nothing is sent.
      await panel(page).getByRole('button', { name: 'Registrar y imprimir cargo' }).click();
      await panel(page)
        .getByText('Revise los datos marcados en rojo antes de continuar.')
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('Tributos: papeletas with their discount and why; a double-clicked payment is sent once', async () => {
    const ticket = await tickets.take('tributos');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk5');
    const errors = collectPageErrors(page);
    const paySent: string[] = [];
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        const text = typeof frame.payload === 'string' ? frame.payload : '';
        if (text.includes('"tax:pay"')) paySent.push(text);
      }),
    );
    try {
      // The socket opened at sign-in; a reload opens the one the listener sees (the session stays).
      await page.reload();
      await openWindowWithKeyboard(page, 'Ventanilla 5');
      await callAndStart(page, ticket.number);
      await panel(page).getByRole('combobox', { name: 'Trámite' }).selectOption('pago-tributos');
      await panel(page).getByRole('combobox', { name: 'Buscar por' }).selectOption('document');
      const key = panel(page).getByRole('textbox', { name: /^DNI o RUC/ });
      await key.fill('20512333798');
      await key.press('Enter');
      await panel(page)
        .getByText('El último dígito del RUC no corresponde a los anteriores.', { exact: false })
        .waitFor();

      await panel(page).getByRole('combobox', { name: 'Buscar por' }).selectOption('plate');
      const plate = panel(page).getByRole('textbox', { name: /^Placa del vehículo/ });
      await plate.fill('abc-123');
      await plate.press('Enter');
      const table = panel(page).getByRole('table', {
        name: /^Deudas pendientes de José Chávez Rojas/,
      });
      await table.waitFor();
      await table.getByText('83 % de descuento', { exact: false }).waitFor();
      await table.getByText('67 % de descuento', { exact: false }).waitFor();
      await table.getByText('Sin descuento: la infracción M02', { exact: false }).waitFor();
      await table.getByRole('checkbox', { name: /G58/ }).check();
      await panel(page).getByRole('radio', { name: 'Yape' }).check();
      await panel(page)
        .getByRole('textbox', { name: /^N° de operación/ })
        .fill('987654');
      await checkScreen(page, 'counter-procedure-tax-1366x768');

      // S/ 440.00 less 83 % (S/ 365.20): S/ 74.80.
      await panel(page).getByRole('button', { name: 'Cobrar S/ 74.80' }).dblclick();
      await panel(page)
        .getByText(/^Pago registrado: recibo REC-/)
        .waitFor();
      expect(paySent).toHaveLength(1);
      await checkScreen(page, 'counter-procedure-tax-receipt-1366x768');

      // F carries the receipt to "Finalizar".
      await page.keyboard.press('f');
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/La atención queda vinculada al recibo REC-/).waitFor();
      expect(await dialog.getByRole('radio', { name: /Pago realizado/ }).isChecked()).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('Mesa de partes: a filing with an observation opens an expediente with its 2-day term and prints the cargo', async () => {
    const ticket = await tickets.take('mesa-de-partes');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk4');
    const errors = collectPageErrors(page);
    try {
      await openWindowWithKeyboard(page, 'Ventanilla 4');
      await callAndStart(page, ticket.number);
      await panel(page)
        .getByRole('combobox', { name: 'Trámite' })
        .selectOption('registro-expediente');
      await panel(page)
        .getByRole('textbox', { name: /^Número de documento/ })
        .fill('10117410');
      await panel(page)
        .getByRole('textbox', { name: /^Nombres y apellidos$/ })
        .fill('María Quispe Huamán');
      await panel(page)
        .getByRole('textbox', { name: /^Asunto/ })
        .fill('Solicito constancia de posesión');
      await panel(page)
        .getByRole('textbox', { name: /^N° de folios/ })
        .fill('3');
      await panel(page)
        .getByRole('combobox', { name: 'Oficina de destino' })
        .selectOption('Subgerencia de Catastro');
      await panel(page)
        .getByRole('textbox', { name: /^Observación al recibir/ })
        .fill('Falta la firma');
      await panel(page).getByRole('button', { name: 'Registrar y imprimir cargo' }).click();
      await panel(page)
        .getByText(/^Observado: tiene hasta el \d\d\/\d\d\/\d{4} \(2 días hábiles\)/)
        .waitFor();
      await panel(page)
        .getByText(/^EXP-\d{4}-\d{6} · Expediente N° \d{6}-\d{4}-MPC$/)
        .waitFor();
      await panel(page)
        .getByText('Se imprimió el cargo en la impresora de la ventanilla.')
        .waitFor();
      await checkScreen(page, 'counter-procedure-intake-result-1366x768');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/La atención queda vinculada al expediente EXP-/).waitFor();
      expect(await dialog.getByRole('radio', { name: /^2?\s*Observado/ }).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
