import { connectRole, loginToken } from '@cac/hub/testing';
import type { Page } from 'playwright-core';
import {
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import type { EventWatcher, TicketTaker } from './clerk-helpers';
import {
  action,
  clerkPage,
  currentTicket,
  layoutProblems,
  openWindowWithKeyboard,
  ticketTaker,
  watchEvents,
} from './clerk-helpers';

const session = useE2eSession();
let tickets: TicketTaker;
let events: EventWatcher;

beforeAll(async () => {
  tickets = await ticketTaker(session.hub.url);
  events = await watchEvents(session.hub.url);
});

afterAll(() => {
  tickets?.close();
  events?.close();
});

/** The screen is right, accessible, fits 1366×768, and is kept for people to look at. */
async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
  await saveScreenshot(page, name);
}

async function currentText(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Ticket actual' }).textContent()) ?? '';
}

describe('the clerk in Chromium', () => {
  it('works a whole day’s flow with the keyboard only: sign in, open, call, recall, start, finish, pause, resume, sign out', async () => {
    const first = await tickets.take('registro-civil');
    const senior = await tickets.take('registro-civil', 'senior');
    await tickets.take('orientacion');
    const display = await connectRole(session.hub.url, 'display', 'demo-display-key');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk1');
    const errors = collectPageErrors(page);
    try {
      // Window choice: Ventanilla 1 is preselected; Tab, Tab, Space unticks Orientación.
      const choice = page.getByRole('group', { name: 'Ventanilla' });
      expect(await choice.getByRole('radio').count()).toBe(6);
      expect(await choice.getByRole('radio', { name: /Ventanilla 1/ }).isChecked()).toBe(true);
      await checkScreen(page, 'counter-clerk-window-choice-1366x768');
      await openWindowWithKeyboard(page, 'Ventanilla 1', { untick: [1] });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ventanilla 1');
      expect(await page.getByText('Atiende: Registro Civil', { exact: true }).count()).toBe(1);
      await expect.poll(() => page.getByRole('status').textContent()).toBe('Conectado');
      const queue = page.getByRole('region', { name: 'Mis colas' }).getByRole('listitem', {
        name: 'Registro Civil',
      });
      await expect.poll(() => queue.textContent()).toMatch(/En espera2Preferenciales1/);
      expect(await page.getByRole('region', { name: 'Orden de llamada' }).textContent()).toContain(
        'Se llama primero a gestantes',
      );
      await checkScreen(page, 'counter-clerk-idle-1366x768');

      // L: the preferential ticket first, on the clerk's screen and on the display's socket.
      await page.keyboard.press('l');
      await expect.poll(() => currentTicket(page).textContent()).toBe(senior.number);
      const called = await display.waitForDelta((delta) =>
        delta.events.some((e) => e.type === 'ticket:called' && e.ticketId === senior.id),
      );
      expect(called.events.find((e) => e.type === 'ticket:called')).toMatchObject({
        windowId: 'ventanilla-1',
        reason: null,
      });
      expect(await currentText(page)).toContain('Preferencial: adulto mayor');
      await expect.poll(() => queue.textContent()).toMatch(/En espera1Preferenciales0/);
      expect(await action(page, 'Llamar siguiente').isDisabled()).toBe(true);
      await checkScreen(page, 'counter-clerk-calling-1366x768');

      // R: called again; the focus already sits on "Iniciar atención".
      await page.keyboard.press('r');
      await expect.poll(() => currentText(page)).toContain('Llamado 2 veces');
      await events.event('ticket:recalled', (e) => e.ticketId === senior.id);
      expect(
        await action(page, 'Iniciar atención').evaluate((el) => el === document.activeElement),
      ).toBe(true);

      // I: serving, with a running timer.
      await page.keyboard.press('i');
      await expect.poll(() => currentText(page)).toContain('En atención');
      const timer = page.getByRole('timer', { name: 'Tiempo de atención' });
      const before = await timer.textContent();
      await expect.poll(() => timer.textContent(), { timeout: 3000 }).not.toBe(before);
      await checkScreen(page, 'counter-clerk-serving-1366x768');

      // F: the outcome by its digit, a note, Enter.
      await page.keyboard.press('f');
      const finish = page.getByRole('dialog', {
        name: `Finalizar la atención de ${senior.number}`,
      });
      await finish.waitFor();
      await page.keyboard.press('2');
      expect(
        await finish.getByRole('radio', { name: 'Observado: faltan requisitos' }).isChecked(),
      ).toBe(true);
      await checkScreen(page, 'counter-clerk-finish-dialog-1366x768');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Falta la partida original');
      await page.keyboard.press('Enter');
      const finished = await events.event('ticket:finished', (e) => e.ticketId === senior.id);
      expect(finished).toMatchObject({ outcome: 'observado', note: 'Falta la partida original' });
      await finish.waitFor({ state: 'detached' });
      const served = page.getByRole('region', { name: /Atendidos en esta sesión/ });
      await expect
        .poll(() => served.textContent())
        .toContain(`${senior.number}Observado: faltan requisitos`);

      // L again (the focus is back on it): the ordinary ticket; I; F; Enter with "Atendido".
      await page.keyboard.press('l');
      await expect.poll(() => currentTicket(page).textContent()).toBe(first.number);
      await page.keyboard.press('i');
      await expect.poll(() => currentText(page)).toContain('En atención');
      await page.keyboard.press('f');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Enter');
      await events.event(
        'ticket:finished',
        (e) => e.ticketId === first.id && e.outcome === 'atendido',
      );
      await expect.poll(() => served.getByRole('listitem').count()).toBe(2);

      // P, 1 (refrigerio), Enter: paused; P again: resumed.
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.keyboard.press('p');
      const pause = page.getByRole('dialog', { name: 'Pausar la atención' });
      await pause.waitFor();
      await page.keyboard.press('1');
      await checkScreen(page, 'counter-clerk-pause-dialog-1366x768');
      await page.keyboard.press('Enter');
      const paused = page.getByRole('region', { name: 'Ventanilla en pausa' });
      await paused.waitFor();
      expect(await paused.textContent()).toMatch(/Refrigerio desde las \d\d:\d\d/);
      await events.event(
        'window:paused',
        (e) => e.windowId === 'ventanilla-1' && e.reason === 'refrigerio',
      );
      expect(await action(page, 'Llamar siguiente').isDisabled()).toBe(true);
      await checkScreen(page, 'counter-clerk-paused-1366x768');
      await page.keyboard.press('p');
      await paused.waitFor({ state: 'detached' });
      await events.event('window:resumed', (e) => e.windowId === 'ventanilla-1');

      // S: signing out closes the window.
      await page.keyboard.press('s');
      await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
      await events.event('window:closed', (e) => e.windowId === 'ventanilla-1');
      expect(errors).toEqual([]);
    } finally {
      display.close();
      await page.context().close();
    }
  });

  it('marks a no-show only after the configured wait; the session survives a reload and an app restart; C closes the window', async () => {
    const ticket = await tickets.take('registro-civil');
    let page = await clerkPage(session.browser, session.hub.url, 'clerk2');
    try {
      // Only Registro Civil: the Orientación ticket of the first test still waits.
      await openWindowWithKeyboard(page, 'Ventanilla 2', { untick: [1] });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ventanilla 2');
      await page.keyboard.press('l');
      await expect.poll(() => currentTicket(page).textContent()).toBe(ticket.number);
      expect(await action(page, 'No se presentó').isDisabled()).toBe(true);
      expect(await currentText(page)).toMatch(/«No se presentó» se habilita en 3\d segundos/);
      await page.keyboard.press('n');
      expect(
        events.all().some((e) => e.type === 'ticket:no-show' && e.ticketId === ticket.id),
      ).toBe(false);

      // 31 s later on the hub's clock; a reload keeps the session, the window and the ticket.
      session.hub.advance(31_000);
      await page.reload();
      await expect.poll(() => currentTicket(page).textContent()).toBe(ticket.number);
      await expect.poll(() => action(page, 'No se presentó').isEnabled()).toBe(true);
      await page.keyboard.press('n');
      await events.event('ticket:no-show', (e) => e.ticketId === ticket.id);
      await expect
        .poll(() => page.getByRole('region', { name: /Atendidos en esta sesión/ }).textContent())
        .toContain(`${ticket.number}No se presentó`);

      // A citizen takes a ticket: the count follows without a reload.
      const queue = page.getByRole('region', { name: 'Mis colas' }).getByRole('listitem', {
        name: 'Registro Civil',
      });
      await expect.poll(() => queue.textContent()).toMatch(/En espera0/);
      await tickets.take('registro-civil', 'pregnant');
      await expect.poll(() => queue.textContent()).toMatch(/En espera1Preferenciales1/);

      // The app restarts (a new page of the same browser profile): no PIN, same desk, same list.
      // (The blank page opens first: it keeps the profile open while the old page goes.)
      const restarted = await page.context().newPage();
      await page.close();
      page = restarted;
      await page.goto(faceUrl(session.hub.url, 'counter'));
      await action(page, 'Llamar siguiente').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ventanilla 2');
      expect(
        await page.getByRole('region', { name: /Atendidos en esta sesión/ }).textContent(),
      ).toContain(`${ticket.number}No se presentó`);

      // C, confirmed with Enter: the window closes and the choice comes back.
      await page.keyboard.press('c');
      await page.getByRole('dialog', { name: '¿Cerrar la ventanilla?' }).waitFor();
      await checkScreen(page, 'counter-clerk-close-dialog-1366x768');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Abrir ventanilla' }).waitFor();
      await events.event('window:closed', (e) => e.windowId === 'ventanilla-2');
    } finally {
      await page.context().close();
    }
  });

  it('transfers to another service and to a window; the ticket keeps its arrival', async () => {
    const toService = await tickets.take('licencias');
    const toWindow = await tickets.take('licencias');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk3');
    try {
      await openWindowWithKeyboard(page, 'Ventanilla 3');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ventanilla 3');

      await page.keyboard.press('l');
      await expect.poll(() => currentTicket(page).textContent()).toBe(toService.number);
      await page.keyboard.press('t');
      const dialog = page.getByRole('dialog', { name: `Transferir ${toService.number}` });
      await dialog.waitFor();
      await dialog.getByLabel('Servicio de destino').selectOption({ label: 'Tributos (SAT)' });
      await dialog.getByLabel('Nota para quien lo reciba (opcional)').fill('Consulta de arbitrios');
      await checkScreen(page, 'counter-clerk-transfer-dialog-1366x768');
      await dialog.getByLabel('Nota para quien lo reciba (opcional)').press('Enter');
      const moved = await events.event('ticket:transferred', (e) => e.ticketId === toService.id);
      expect(moved.next).toMatchObject({
        number: toService.number,
        serviceId: 'tributos',
        status: 'waiting',
        reservedWindowId: null,
      });
      expect(moved.note).toBe('Consulta de arbitrios');
      const original = events
        .all()
        .find((e) => e.type === 'ticket:issued' && e.ticket.id === toService.id);
      expect(original?.type === 'ticket:issued' && original.ticket.arrivalAt).toBe(
        moved.next.arrivalAt,
      );

      // The hub acknowledges before it broadcasts: the desk frees "Llamar siguiente" only once
      // its own copy of the transfer arrives, and a key pressed before that is ignored.
      await expect.poll(() => action(page, 'Llamar siguiente').isEnabled()).toBe(true);
      await page.keyboard.press('l');
      await expect.poll(() => currentTicket(page).textContent()).toBe(toWindow.number);
      await page.keyboard.press('i');
      await expect.poll(() => currentText(page)).toContain('En atención');
      await page.keyboard.press('t');
      const second = page.getByRole('dialog', { name: `Transferir ${toWindow.number}` });
      await second.waitFor();
      await page.keyboard.press('2');
      await second
        .getByLabel('Ventanilla de destino')
        .selectOption({ label: 'Ventanilla 5 (cerrada)' });
      await second.getByRole('button', { name: 'Transferir' }).press('Enter');
      const reserved = await events.event('ticket:transferred', (e) => e.ticketId === toWindow.id);
      expect(reserved.next).toMatchObject({
        serviceId: 'licencias',
        reservedWindowId: 'ventanilla-5',
      });
      await expect
        .poll(() => page.getByRole('region', { name: /Atendidos en esta sesión/ }).textContent())
        .toContain(`${toWindow.number}Transferido a Ventanilla 5`);

      // Ventanilla 5 (tributos, orientación) may call it although it is a licencias ticket.
      const clerk5 = await connectRole(
        session.hub.url,
        'counter',
        await loginToken(session.hub.url, 'clerk5'),
      );
      try {
        const opened = await clerk5.command('window:open', { windowId: 'ventanilla-5' });
        expect(opened.ok).toBe(true);
        const call = await clerk5.command('ticket:call', {
          windowId: 'ventanilla-5',
          ticketId: reserved.next.id,
          reason: 'Transferido a esta ventanilla',
        });
        expect(call.ok && call.value.ticket?.number).toBe(toWindow.number);
        await clerk5.command('ticket:no-show', { ticketId: reserved.next.id });
      } finally {
        clerk5.close();
      }
    } finally {
      await page.context().close();
    }
  });

  it('calls a specific ticket with a reason, which the hub records', async () => {
    const firstInLine = await tickets.take('mesa-de-partes');
    const chosen = await tickets.take('mesa-de-partes');
    const page = await clerkPage(session.browser, session.hub.url, 'clerk4');
    try {
      await openWindowWithKeyboard(page, 'Ventanilla 4');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ventanilla 4');
      await page.keyboard.press('e');
      const dialog = page.getByRole('dialog', { name: 'Llamar un ticket específico' });
      await dialog.waitFor();
      const list = dialog.getByRole('listbox');
      expect(await list.getByRole('option').first().textContent()).toMatch(
        new RegExp(`^${firstInLine.number} · Mesa de Partes`),
      );
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Trae la subsanación pedida ayer');
      await checkScreen(page, 'counter-clerk-call-ticket-dialog-1366x768');
      await page.keyboard.press('Enter');
      await expect.poll(() => currentTicket(page).textContent()).toBe(chosen.number);
      const call = await events.event('ticket:called', (e) => e.ticketId === chosen.id);
      expect(call).toMatchObject({
        windowId: 'ventanilla-4',
        reason: 'Trae la subsanación pedida ayer',
      });
      // The one passed over still waits, first in line.
      const queue = page.getByRole('region', { name: 'Mis colas' }).getByRole('listitem', {
        name: 'Mesa de Partes',
      });
      await expect.poll(() => queue.textContent()).toMatch(/En espera1/);
      await page.keyboard.press('i');
      await expect.poll(() => currentText(page)).toContain('En atención');
      await page.keyboard.press('f');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Enter');
      await events.event('ticket:finished', (e) => e.ticketId === chosen.id);
    } finally {
      await page.context().close();
    }
  });

  it('gives two clerks calling at the same instant two different tickets, round after round', async () => {
    const left = await clerkPage(session.browser, session.hub.url, 'clerk3');
    const right = await clerkPage(session.browser, session.hub.url, 'clerk4');
    try {
      // Both still hold their windows from the tests above (Ventanilla 3 and 4: licencias and
      // mesa de partes both), so each lands on its desk.
      await action(left, 'Llamar siguiente').waitFor();
      await action(right, 'Llamar siguiente').waitFor();
      const called = new Set<string>();
      for (let round = 0; round < 4; round += 1) {
        await tickets.take('licencias');
        await tickets.take('mesa-de-partes');
        await expect.poll(() => action(left, 'Llamar siguiente').isEnabled()).toBe(true);
        await expect.poll(() => action(right, 'Llamar siguiente').isEnabled()).toBe(true);
        await Promise.all([left.keyboard.press('l'), right.keyboard.press('l')]);
        await expect.poll(() => currentTicket(left).textContent()).toMatch(/^[LM]-\d{3}$/);
        await expect.poll(() => currentTicket(right).textContent()).toMatch(/^[LM]-\d{3}$/);
        const numbers = [
          (await currentTicket(left).textContent()) ?? '',
          (await currentTicket(right).textContent()) ?? '',
        ];
        expect(numbers[0]).not.toBe(numbers[1]);
        for (const number of numbers) {
          expect(called.has(number)).toBe(false);
          called.add(number);
        }
        // Serve both, so the next round calls again from free windows.
        for (const page of [left, right]) {
          await page.keyboard.press('i');
          await expect.poll(() => currentText(page)).toContain('En atención');
          await page.keyboard.press('f');
          await page.getByRole('dialog').waitFor();
          await page.keyboard.press('Enter');
          await expect.poll(() => action(page, 'Llamar siguiente').isEnabled()).toBe(true);
        }
      }
      // The hub called each of those tickets exactly once.
      const calls = events
        .all()
        .filter(
          (e) =>
            e.type === 'ticket:called' && ['ventanilla-3', 'ventanilla-4'].includes(e.windowId),
        );
      const ids = calls.map((e) => (e.type === 'ticket:called' ? e.ticketId : ''));
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await left.context().close();
      await right.context().close();
    }
  }, 120_000);
});
