// Helpers of the clerk's browser tests: signing in with the keyboard, taking tickets from several
// staff and device sockets (each has its own rate-limit bucket), and watching the hub's events as
// a supervisor would.
import { connectRole, loginToken } from '@cac/hub/testing';
import type { RoleClient } from '@cac/hub/testing';
import type { Category, DomainEvent } from '@cac/shared/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import { SCREENS, faceUrl } from '../../shared/src/testing/browser';

/** Signs in with the keyboard only: the username field has the focus when the page opens. */
export async function signIn(page: Page, username: string, pin = '1234'): Promise<void> {
  await page.getByRole('heading', { name: 'Ingreso del personal' }).waitFor();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

/** A clerk's page at 1366×768, signed in, on the window choice or the desk. */
export async function clerkPage(browser: Browser, hubUrl: string, username: string): Promise<Page> {
  // A context of its own (one browser profile), so a test can open a second page in it as a
  // restarted app would; closing the page's context ends it.
  const context = await browser.newContext({ viewport: SCREENS.counter });
  const page = await context.newPage();
  await page.goto(faceUrl(hubUrl, 'counter'));
  await signIn(page, username);
  await page
    .locator('h1')
    .filter({ hasText: /Ventanilla|Abrir ventanilla/ })
    .waitFor();
  return page;
}

/** The desk's action buttons. */
export function actions(page: Page): Locator {
  return page.getByRole('group', { name: 'Acciones' });
}

/** One action button by its Spanish name. */
export function action(page: Page, name: string): Locator {
  return actions(page).getByRole('button', { name, exact: true });
}

/** The "Ticket actual" region (or the paused panel in its place). */
export function currentTicket(page: Page): Locator {
  return page.getByTestId('current-number');
}

/**
 * Opens a window with the keyboard, from the window choice: ArrowDown until `windowName` is
 * chosen (taken windows are skipped by the browser), Tab to each service checkbox and Space to
 * untick the listed ones (0-based), Enter.
 */
export async function openWindowWithKeyboard(
  page: Page,
  windowName: string,
  options: { untick?: number[] } = {},
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Abrir ventanilla' }).waitFor();
  const radio = page
    .getByRole('group', { name: 'Ventanilla' })
    .getByRole('radio', { name: new RegExp(`^${windowName}(?!\\d)`) });
  for (let presses = 0; !(await radio.isChecked()); presses += 1) {
    if (presses > 10) throw new Error(`${windowName} cannot be chosen`);
    await page.keyboard.press('ArrowDown');
  }
  const untick = new Set(options.untick ?? []);
  const last = Math.max(-1, ...untick);
  for (let i = 0; i <= last; i += 1) {
    await page.keyboard.press('Tab');
    if (untick.has(i)) await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
  await actions(page).waitFor();
}

/** Sockets that take tickets in turn, so the per-device limit (burst 5) never refuses one. */
export type TicketTaker = {
  take(serviceId: string, category?: Category): Promise<{ id: string; number: string }>;
  close(): void;
};

/** A kiosk and four staff sockets taking tickets round-robin. */
export async function ticketTaker(hubUrl: string): Promise<TicketTaker> {
  const takers: RoleClient[] = [await connectRole(hubUrl, 'kiosk', 'demo-kiosk-key')];
  for (const username of ['supervisor', 'admin', 'clerk5', 'clerk6']) {
    takers.push(await connectRole(hubUrl, 'counter', await loginToken(hubUrl, username)));
  }
  let next = 0;
  return {
    async take(serviceId, category = 'none') {
      for (let attempt = 0; attempt < takers.length * 2; attempt += 1) {
        const taker = takers[next++ % takers.length];
        if (!taker) break;
        const result = await taker.command('ticket:take', { serviceId, category });
        if (result.ok && result.value.ticket) {
          return { id: result.value.ticket.id, number: result.value.ticket.number };
        }
        if (!result.ok && result.error.code !== 'RATE_LIMITED')
          throw new Error(result.error.message);
        // Rate-limited: the next socket's bucket; a token comes back every 2 s of real time.
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      throw new Error(`could not take a ${serviceId} ticket`);
    },
    close() {
      for (const taker of takers) taker.close();
    },
  };
}

/** A supervisor's socket that records every event the hub broadcasts. */
export type EventWatcher = {
  /** The first event (already seen or coming) of `type` that satisfies `match`. */
  event<T extends DomainEvent['type']>(
    type: T,
    match?: (event: Extract<DomainEvent, { type: T }>) => boolean,
  ): Promise<Extract<DomainEvent, { type: T }>>;
  /** Every event seen so far. */
  all(): DomainEvent[];
  client: RoleClient;
  close(): void;
};

/** Connects a supervisor on /counter to watch the hub's events. */
export async function watchEvents(hubUrl: string): Promise<EventWatcher> {
  const client = await connectRole(hubUrl, 'counter', await loginToken(hubUrl, 'supervisor'));
  const all = (): DomainEvent[] => client.deltas.flatMap((delta) => [...delta.events]);
  return {
    client,
    all,
    async event(type, match = () => true) {
      type Wanted = Extract<DomainEvent, { type: typeof type }>;
      const fits = (event: DomainEvent): event is Wanted =>
        event.type === type && match(event as Wanted);
      const delta = await client.waitForDelta((candidate) => candidate.events.some(fits));
      const found = delta.events.find(fits);
      if (!found) throw new Error(`no ${type}`);
      return found;
    },
    close: () => client.close(),
  };
}

/**
 * True when the page fits the screen without scrolling (the main actions must be reachable at
 * 1366×768 without scrolling), and every button and text field is at least 44 px tall.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollHeight > window.innerHeight) {
      problems.push(`page scrolls: ${root.scrollHeight} > ${window.innerHeight}`);
    }
    if (root.scrollWidth > window.innerWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    }
    for (const control of document.querySelectorAll<HTMLElement>(
      'button, select, input[type="text"], input[type="password"], input:not([type])',
    )) {
      const box = control.getBoundingClientRect();
      if (box.height < 44) problems.push(`small: ${control.outerHTML.slice(0, 80)}`);
      if (box.bottom > window.innerHeight)
        problems.push(`below the fold: ${control.outerHTML.slice(0, 80)}`);
    }
    return problems;
  });
}
