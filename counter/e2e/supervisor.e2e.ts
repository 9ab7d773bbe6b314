import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { connectRole, loginToken } from '@cac/hub/testing';
import type { RoleClient } from '@cac/hub/testing';
import type { Category } from '@cac/shared/domain';
import type { CommandAck } from '@cac/shared/protocol';
import type { Locator, Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import type { EventWatcher } from './clerk-helpers';
import { signIn, watchEvents } from './clerk-helpers';

// The supervisor's live floor (issue 4) against the real hub: the tests share one hub and run in
// order, each on a page of its own (a fresh sign-in, so each learns the hub's clock anew).
const session = useE2eSession();
let events: EventWatcher;

beforeAll(async () => {
  events = await watchEvents(session.hub.url);
});

afterAll(() => {
  events?.close();
});

const KIOSK_KEY = 'demo-kiosk-key';

/** A clerk's (or the supervisor's) socket on /counter. */
async function staffSocket(username: string): Promise<RoleClient> {
  return connectRole(session.hub.url, 'counter', await loginToken(session.hub.url, username));
}

/** Sends a command and returns its acknowledgement; a refusal fails the test with its words. */
async function send(client: RoleClient, name: string, payload: unknown): Promise<CommandAck> {
  const result = await client.command(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * Takes a ticket from `client` (a kiosk or staff socket). Ticket taking is rate-limited per
 * device (a burst of 5, then one every 2 s), so a refusal for the rate is retried until the
 * bucket has a token again; any other refusal fails the test.
 */
async function take(
  client: RoleClient,
  serviceId: string,
  category: Category = 'none',
): Promise<{ id: string; number: string }> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const result = await client.command('ticket:take', { serviceId, category });
    if (result.ok && result.value.ticket) {
      return { id: result.value.ticket.id, number: result.value.ticket.number };
    }
    if (!result.ok && result.error.code !== 'RATE_LIMITED') {
      throw new Error(`ticket:take: ${result.error.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`could not take a ${serviceId} ticket`);
}

/** A signed-in supervisor's page at 1366×768 on the live floor, connected. */
async function floorPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await session.browser.newContext({ viewport: SCREENS.counter });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(faceUrl(session.hub.url, 'counter'));
  await signIn(page, 'supervisor');
  await page.getByRole('heading', { level: 2, name: 'Supervisión de la sala' }).waitFor();
  await expect.poll(() => page.getByText('Conectado', { exact: true }).count()).toBe(1);
  return { page, errors };
}

function panel(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The row of a panel's table whose row header is `header` (the text it starts with). */
function row(page: Page, panelName: string, header: string | RegExp): Locator {
  const name = typeof header === 'string' ? new RegExp(`^${header}(?!\\d)`) : header;
  return panel(page, panelName).locator('tbody tr', {
    has: page.getByRole('rowheader', { name }),
  });
}

function windowRow(page: Page, windowName: string): Locator {
  return row(page, 'Ventanillas', windowName);
}

function serviceRow(page: Page, serviceName: string): Locator {
  return row(page, 'Colas por trámite', new RegExp(`^${serviceName}$`));
}

function waitingRow(page: Page, number: string): Locator {
  return row(page, 'Tickets en espera', new RegExp(`^${number}$`));
}

function kioskRow(page: Page): Locator {
  return row(page, 'Kioscos e impresoras', /^Kiosco de la entrada/);
}

/**
 * The cells of a row, one string per cell, as a screen reader gets them: without what is
 * `aria-hidden` (the service's letter badge, the warning sign), lines of their own separated by a
 * space, whitespace squeezed.
 */
async function cells(target: Locator): Promise<string[]> {
  return target.locator('th, td').evaluateAll((nodes) => {
    const read = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof HTMLElement) || node.getAttribute('aria-hidden') === 'true') return '';
      const inner = [...node.childNodes].map(read).join('');
      return getComputedStyle(node).display === 'inline' ? inner : ` ${inner} `;
    };
    return nodes.map((node) => read(node).replace(/\s+/g, ' ').trim());
  });
}

/** True when the row shows the warning sign (beside words that say what is wrong). */
async function hasWarningSign(target: Locator): Promise<boolean> {
  return (await target.locator('.floor-alert__icon').count()) > 0;
}

/** When the hub issued the ticket, from the events the watcher saw. */
function arrivalOf(ticketId: string): number | undefined {
  const issued = events
    .all()
    .find((event) => event.type === 'ticket:issued' && event.ticket.id === ticketId);
  return issued?.type === 'ticket:issued' ? issued.ticket.arrivalAt : undefined;
}

/** The numbers of the waiting list, top to bottom. */
async function waitingNumbers(page: Page): Promise<string[]> {
  return panel(page, 'Tickets en espera').locator('tbody th').allInnerTexts();
}

/**
 * What is wrong with the floor's layout at 1366×768: the page must not scroll sideways (it may
 * scroll down: four panels, and the waiting list grows), no text may be clipped inside a cell or
 * a panel, panels must not overlap, the windows and queues must show without scrolling, and every
 * control must be at least 44 px tall.
 */
async function floorLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    }
    const describe = (element: Element): string => element.outerHTML.slice(0, 100);
    const panels = [...document.querySelectorAll<HTMLElement>('.floor-panel')];
    for (const element of [
      ...panels,
      ...document.querySelectorAll<HTMLElement>('.floor-panel th, .floor-panel td'),
    ]) {
      if (element.scrollWidth > element.clientWidth + 1) {
        problems.push(`clipped: ${describe(element)}`);
      }
    }
    for (const element of panels) {
      const box = element.getBoundingClientRect();
      if (box.left < 0 || box.right > window.innerWidth) {
        problems.push(`outside the screen: ${describe(element)}`);
      }
      for (const other of panels) {
        if (other === element) continue;
        const o = other.getBoundingClientRect();
        const apart =
          box.right <= o.left || o.right <= box.left || box.bottom <= o.top || o.bottom <= box.top;
        if (!apart) problems.push(`panels overlap: ${element.id || describe(element)}`);
      }
    }
    // What a supervisor watches, the windows and the queues, shows without scrolling.
    for (const id of ['floor-windows-heading', 'floor-services-heading']) {
      const section = document.getElementById(id)?.closest('section');
      if (!section || section.getBoundingClientRect().bottom > window.innerHeight) {
        problems.push(`below the fold: ${id}`);
      }
    }
    for (const control of document.querySelectorAll<HTMLElement>(
      'button, select, textarea, input',
    )) {
      const box = control.getBoundingClientRect();
      if (box.height > 0 && box.height < 44) problems.push(`small: ${describe(control)}`);
    }
    return problems;
  });
}

/**
 * The dialog fits the screen, nothing in it scrolls, and axe finds nothing. Its screenshot is of
 * the screen as the supervisor sees it: a full-page one would draw the fixed backdrop over one
 * screen's height of a longer page only.
 */
async function checkDialog(page: Page, dialog: Locator, screenshot: string): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
  const box = await dialog.boundingBox();
  expect(box).not.toBeNull();
  if (box) {
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(SCREENS.counter.height);
  }
  expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight + 1)).toBe(
    false,
  );
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${screenshot}.png`) });
}

describe('the supervisor’s live floor in Chromium', () => {
  it('shows the kiosk’s connection following its socket, and its printer after a ticket', async () => {
    const { page, errors } = await floorPage();
    try {
      // A fresh hub has never seen the kiosk: disconnected, with no printer data yet, said in words.
      const kiosk = kioskRow(page);
      await expect
        .poll(() => cells(kiosk))
        .toEqual(['Kiosco de la entrada Imprime el servidor', 'Desconectado', 'Sin datos todavía']);
      expect(await hasWarningSign(kiosk)).toBe(true);

      const socket = await connectRole(session.hub.url, 'kiosk', KIOSK_KEY);
      try {
        await expect
          .poll(async () => (await cells(kiosk))[1])
          .toMatch(/^Conectado desde las 10:\d\d$/);
        expect(await kiosk.getAttribute('class')).toBeNull();
        expect(await hasWarningSign(kiosk)).toBe(false);

        // The demo kiosk prints through the hub to the virtual printer (a file).
        const ticket = await take(socket, 'tributos');
        await expect
          .poll(async () => (await cells(kiosk))[2])
          .toMatch(
            new RegExp(`^Imprime bien desde las 10:\\d\\d · último ticket: ${ticket.number}$`),
          );
      } finally {
        socket.close();
      }
      await expect
        .poll(async () => (await cells(kiosk))[1])
        .toMatch(/^Desconectado desde las 10:\d\d$/);
      expect(await kiosk.getAttribute('class')).toBe('floor-row--alert');
      expect(await hasWarningSign(kiosk)).toBe(true);
      // The printer's last state stays on record while the kiosk is away.
      expect((await cells(kiosk))[2]).toMatch(/^Imprime bien/);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('follows a busy morning live: states in words, clerks, tickets, the pause reason, times that tick', async () => {
    const { page, errors } = await floorPage();
    const kiosk = await connectRole(session.hub.url, 'kiosk', KIOSK_KEY);
    const clerks = await Promise.all(['clerk2', 'clerk3', 'clerk4', 'clerk5'].map(staffSocket));
    const [clerk2, clerk3, clerk4, clerk5] = clerks as [
      RoleClient,
      RoleClient,
      RoleClient,
      RoleClient,
    ];
    try {
      // Nobody at work yet: every window closed, with nothing to close.
      const windows = panel(page, 'Ventanillas');
      expect(await windows.locator('tbody tr').count()).toBe(6);
      for (let n = 1; n <= 6; n += 1) {
        expect(await cells(windowRow(page, `Ventanilla ${n}`))).toEqual([
          `Ventanilla ${n}`,
          'Cerrada',
          '—',
          '—',
          '—',
          '',
        ]);
      }
      expect(await cells(serviceRow(page, 'Registro Civil'))).toEqual([
        'Registro Civil',
        '0',
        '0',
        'Nadie espera',
        '20 min',
      ]);

      // Citizens take tickets at the kiosk; the clerks open their windows.
      const r1 = await take(kiosk, 'registro-civil');
      const r2 = await take(kiosk, 'registro-civil');
      const l1 = await take(kiosk, 'licencias');
      await send(clerk2, 'window:open', { windowId: 'ventanilla-2' });
      const called = await send(clerk2, 'ticket:call-next', { windowId: 'ventanilla-2' });
      expect(called.ticket?.number).toBe(r1.number);
      await send(clerk3, 'window:open', { windowId: 'ventanilla-3' });
      const serving = await send(clerk3, 'ticket:call-next', { windowId: 'ventanilla-3' });
      expect(serving.ticket?.number).toBe(l1.number);
      await send(clerk3, 'ticket:start', { ticketId: l1.id });
      await send(clerk4, 'window:open', { windowId: 'ventanilla-4' });
      await send(clerk4, 'window:pause', { windowId: 'ventanilla-4', reason: 'refrigerio' });
      await send(clerk5, 'window:open', { windowId: 'ventanilla-5' });
      const senior = await take(kiosk, 'registro-civil', 'senior');

      // Every state in words, with who holds the window and the ticket in it.
      await expect
        .poll(async () => (await cells(windowRow(page, 'Ventanilla 2'))).slice(0, 4))
        .toEqual(['Ventanilla 2', 'Llamando', 'Luis Chilón Terrones', r1.number]);
      await expect
        .poll(async () => (await cells(windowRow(page, 'Ventanilla 3'))).slice(0, 4))
        .toEqual(['Ventanilla 3', 'Atendiendo', 'María Díaz Cerna', l1.number]);
      await expect
        .poll(async () => (await cells(windowRow(page, 'Ventanilla 4'))).slice(0, 4))
        .toEqual(['Ventanilla 4', 'En pausa Motivo: refrigerio', 'José Villanueva Llanos', '—']);
      await expect
        .poll(async () => (await cells(windowRow(page, 'Ventanilla 5'))).slice(0, 5))
        .toEqual(['Ventanilla 5', 'Libre', 'Rosa Tafur Mendoza', '—', '—']);
      expect((await cells(windowRow(page, 'Ventanilla 1')))[1]).toBe('Cerrada');
      // Any open window can be closed; a closed one offers nothing.
      expect(
        await windows.getByRole('button', { name: /^Cerrar Ventanilla \d$/ }).allTextContents(),
      ).toEqual(['Cerrar', 'Cerrar', 'Cerrar', 'Cerrar']);

      // The times of calling, serving and pausing run by themselves, without any event.
      for (const name of ['Ventanilla 2', 'Ventanilla 3', 'Ventanilla 4']) {
        const time = windowRow(page, name).locator('time');
        const before = await time.textContent();
        expect(before).toMatch(/^\d\d:\d\d$/);
        await expect.poll(() => time.textContent(), { timeout: 5000 }).not.toBe(before);
        expect(await time.getAttribute('datetime')).toMatch(/^PT0H\d+M\d+S$/);
      }

      // Queues: waiting, preferential, longest wait against the target.
      await expect
        .poll(() => cells(serviceRow(page, 'Registro Civil')))
        .toEqual(['Registro Civil', '2', '1', '0 min', '20 min']);
      expect(await cells(serviceRow(page, 'Licencias de Funcionamiento'))).toEqual([
        'Licencias de Funcionamiento',
        '0',
        '0',
        'Nadie espera',
        '30 min',
      ]);
      expect(await serviceRow(page, 'Registro Civil').getAttribute('data-over-target')).toBe(
        'false',
      );
      // The waiting list, longest wait first, with the preferential category in words.
      await expect.poll(() => waitingNumbers(page)).toContain(senior.number);
      const numbers = await waitingNumbers(page);
      expect(numbers.indexOf(r2.number)).toBeLessThan(numbers.indexOf(senior.number));
      expect((await cells(waitingRow(page, senior.number))).slice(1, 3)).toEqual([
        'Registro Civil',
        'Preferente: adulto mayor',
      ]);

      expect(await runAxe(page)).toEqual([]);
      expect(await floorLayoutProblems(page)).toEqual([]);
      await saveScreenshot(page, 'counter-floor-1366x768');
      expect(errors).toEqual([]);
    } finally {
      kiosk.close();
      for (const clerk of clerks) clerk.close();
      await page.context().close();
    }
  });

  it('cancels a waiting ticket with a reason, by keyboard alone; the hub records it', async () => {
    const taker = await staffSocket('admin');
    const ticket = await take(taker, 'tributos');
    taker.close();
    const { page, errors } = await floorPage();
    try {
      const waiting = waitingRow(page, ticket.number);
      await waiting.waitFor();
      const tributos = serviceRow(page, 'Tributos \\(SAT\\)');
      const before = Number((await cells(tributos))[1]);

      const opener = page.getByRole('button', { name: `Anular el ticket ${ticket.number}` });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: `Anular el ticket ${ticket.number}` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        `El ticket ${ticket.number} sale de la cola de Tributos (SAT)`,
      );
      // The focus starts in the reason field.
      const reason = dialog.getByLabel('Motivo (obligatorio)');
      expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type('Se retiró de la oficina');
      await checkDialog(page, dialog, 'counter-floor-dialog-cancel');
      // Enter in the reason confirms, as in the clerk's dialogs.
      await page.keyboard.press('Enter');

      const cancelled = await events.event('ticket:cancelled', (e) => e.ticketId === ticket.id);
      expect(cancelled.reason).toBe('Se retiró de la oficina');
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'anulado' }).textContent())
        .toBe(`Ticket ${ticket.number} anulado.`);
      await waiting.waitFor({ state: 'detached' });
      await expect.poll(async () => Number((await cells(tributos))[1])).toBe(before - 1);
      // Its row is gone, so the focus lands on the floor's heading, not on the page's body.
      expect(await page.evaluate(() => document.activeElement?.textContent ?? null)).toBe(
        'Supervisión de la sala',
      );
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('moves a waiting ticket to another service: it keeps its number and its place', async () => {
    const taker = await staffSocket('admin');
    const wrongQueue = await take(taker, 'mesa-de-partes');
    const later = await take(taker, 'licencias');
    taker.close();
    const { page, errors } = await floorPage();
    try {
      await waitingRow(page, later.number).waitFor();
      const filter = panel(page, 'Tickets en espera').getByLabel('Trámite');
      await filter.selectOption({ label: 'Licencias de Funcionamiento' });
      await expect.poll(() => waitingNumbers(page)).toEqual([later.number]);
      await filter.selectOption({ label: 'Todos los trámites' });

      await page.getByRole('button', { name: `Mover el ticket ${wrongQueue.number}` }).click();
      const dialog = page.getByRole('dialog', { name: `Mover el ticket ${wrongQueue.number}` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Está en la cola de Mesa de Partes.');
      await dialog.getByLabel('Mover a').selectOption({ label: 'Licencias de Funcionamiento' });
      await dialog.getByLabel('Nota (opcional)').fill('Viene por su licencia');
      await checkDialog(page, dialog, 'counter-floor-dialog-move');
      await dialog.getByLabel('Nota (opcional)').press('Enter');

      const moved = await events.event('ticket:transferred', (e) => e.ticketId === wrongQueue.id);
      expect(moved.next).toMatchObject({
        number: wrongQueue.number,
        serviceId: 'licencias',
        status: 'waiting',
        reservedWindowId: null,
      });
      expect(moved.note).toBe('Viene por su licencia');
      expect(moved.next.arrivalAt).toBe(arrivalOf(wrongQueue.id));
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'movido' }).textContent())
        .toBe(`Ticket ${wrongQueue.number} movido a Licencias de Funcionamiento.`);

      // Same number, now under Licencias, and ahead of the one who came after it.
      await expect
        .poll(async () => (await cells(waitingRow(page, wrongQueue.number))).slice(0, 2))
        .toEqual([wrongQueue.number, 'Licencias de Funcionamiento Llegó transferido']);
      await filter.selectOption({ label: 'Licencias de Funcionamiento' });
      await expect.poll(() => waitingNumbers(page)).toEqual([wrongQueue.number, later.number]);
      await filter.selectOption({ label: 'Mesa de Partes' });
      await expect.poll(() => waitingNumbers(page)).toEqual([]);
      expect(await panel(page, 'Tickets en espera').textContent()).toContain(
        'No hay tickets en espera.',
      );
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('closes a window whose clerk left: its ticket goes back to the queue first', async () => {
    const taker = await staffSocket('admin');
    const ticket = await take(taker, 'orientacion');
    taker.close();
    const clerk6 = await staffSocket('clerk6');
    await send(clerk6, 'window:open', { windowId: 'ventanilla-6', serviceIds: ['orientacion'] });
    const call = await send(clerk6, 'ticket:call-next', { windowId: 'ventanilla-6' });
    expect(call.ticket?.number).toBe(ticket.number);
    // The clerk walks away: the app's socket goes, the window stays open with the citizen in it.
    clerk6.close();

    const { page, errors } = await floorPage();
    try {
      const window6 = windowRow(page, 'Ventanilla 6');
      await expect
        .poll(async () => (await cells(window6)).slice(1, 4))
        .toEqual(['Llamando', 'Pedro Cotrina Ruiz', ticket.number]);
      expect(await waitingNumbers(page)).not.toContain(ticket.number);

      await page.getByRole('button', { name: 'Cerrar Ventanilla 6' }).click();
      const dialog = page.getByRole('dialog', { name: 'Cerrar Ventanilla 6' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('A cargo de Pedro Cotrina Ruiz.');
      expect(await dialog.textContent()).toContain(
        `La ventanilla llamó al ticket ${ticket.number}.`,
      );
      expect(await dialog.getByLabel(`Enviar el ticket ${ticket.number} a`).inputValue()).toBe(
        'orientacion',
      );
      await dialog.getByLabel('Motivo (obligatorio)').fill('Se retiró sin cerrar la ventanilla');
      await checkDialog(page, dialog, 'counter-floor-dialog-close');
      await dialog.getByRole('button', { name: 'Cerrar ventanilla' }).click();

      const moved = await events.event('ticket:transferred', (e) => e.ticketId === ticket.id);
      expect(moved.next).toMatchObject({
        number: ticket.number,
        serviceId: 'orientacion',
        status: 'waiting',
      });
      expect(moved.next.arrivalAt).toBe(arrivalOf(ticket.id));
      await events.event('window:closed', (e) => e.windowId === 'ventanilla-6');
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'cerrada' }).textContent())
        .toBe(`Ventanilla 6 cerrada. El ticket ${ticket.number} volvió a la cola de Orientación.`);
      await expect
        .poll(() => cells(window6))
        .toEqual(['Ventanilla 6', 'Cerrada', '—', '—', '—', '']);
      await expect
        .poll(async () => (await cells(waitingRow(page, ticket.number))).slice(0, 2))
        .toEqual([ticket.number, 'Orientación Llegó transferido']);
      expect(await page.evaluate(() => document.activeElement?.textContent ?? null)).toBe(
        'Supervisión de la sala',
      );
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('says in words when a queue’s longest wait has passed its target', async () => {
    const { page, errors } = await floorPage();
    try {
      const registro = serviceRow(page, 'Registro Civil');
      expect((await cells(registro)).slice(3)).toEqual([
        expect.stringMatching(/^\d min$/),
        '20 min',
      ]);
      expect(await registro.getAttribute('data-over-target')).toBe('false');
      expect(await hasWarningSign(registro)).toBe(false);

      // Twenty-one minutes later on the hub's clock. The page reads the hub's time as its own
      // clock plus the offset learnt from its last snapshot, which a real hub's steady clock
      // keeps right; a clock that jumps is a test's doing, so the page reloads to learn it anew.
      session.hub.advance(21 * 60_000);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Supervisión de la sala' }).waitFor();
      await expect.poll(() => registro.getAttribute('data-over-target')).toBe('true');
      const [, waiting, , oldest, target] = await cells(registro);
      expect(Number(waiting)).toBeGreaterThan(0);
      expect(oldest).toMatch(/^2[1-9] min$/);
      // In words, with the sign; not only a colour.
      expect(target).toBe('Supera la meta de 20 min');
      expect(await hasWarningSign(registro)).toBe(true);
      expect(await registro.getAttribute('class')).toBe('floor-row--alert');
      // Licencias' target is 30 minutes: its oldest wait (also 21 min) is still within it.
      const licencias = serviceRow(page, 'Licencias de Funcionamiento');
      expect((await cells(licencias)).slice(3)).toEqual([
        expect.stringMatching(/^2\d min$/),
        '30 min',
      ]);
      expect(await licencias.getAttribute('data-over-target')).toBe('false');
      expect(await hasWarningSign(licencias)).toBe(false);

      expect(await runAxe(page)).toEqual([]);
      expect(await floorLayoutProblems(page)).toEqual([]);
      await saveScreenshot(page, 'counter-floor-over-target');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
