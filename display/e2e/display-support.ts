// Helpers of the display's browser tests: the display page as a TV opens it, clerks calling through the hub's sockets and REST API, and a
// hub that can be stopped and started again on the same port and data folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { connectRole, loginToken } from '@cac/hub/testing';
import type { RoleClient } from '@cac/hub/testing';
import { createHub } from '../../hub/src/create-hub';
import type { Hub } from '../../hub/src/create-hub';
import { CHROMIUM_PATH, collectPageErrors } from '../../shared/src/testing/browser';

/**
 * Chromium as a display PC runs it: allowed to play sound without a tap, as the Electron shell
 * and a kiosk-mode Chromium (`--autoplay-policy=no-user-gesture-required`) are. The default
 * Chromium of the other tests blocks sound until someone touches the page.
 */
export function launchDisplayChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** Options of {@link openDisplay}. */
export type OpenDisplayOptions = {
  viewport: { width: number; height: number };
  /** Query string, e.g. `?zone=ventanilla-5`. */
  search?: string;
  /** Screenshots of the settled picture, without the pulse of a new call. */
  reducedMotion?: boolean;
};

/** A display page as a TV opens it, with the page's errors collected. */
export async function openDisplay(
  browser: Browser,
  hubUrl: string,
  options: OpenDisplayOptions,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: options.viewport,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const errors = collectPageErrors(page);
  await page.goto(`${hubUrl}/display/${options.search ?? ''}`);
  await page.getByRole('region', { name: 'En espera' }).waitFor();
  await page.locator('.display[data-connection="online"]').waitFor();
  return { page, errors };
}

/** Draws a slide with Chromium (a PNG for the media folder, no image tool needed). */
export async function drawSlide(browser: Browser, file: string, title: string, text: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.setContent(`<body style="margin:0;font-family:'Liberation Sans',sans-serif;
    background:linear-gradient(135deg,#1f6fb2,#0a1e3c);color:#fff;display:grid;place-content:center;
    height:100vh;text-align:center"><h1 style="font-size:84px;margin:0">${title}</h1>
    <p style="font-size:44px">${text}</p></body>`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await page.screenshot({ type: 'png' }));
  await page.close();
}

/** What the text of the announcement log says, with how each was said. */
export async function announcementLog(page: Page): Promise<string[]> {
  return page
    .getByRole('log', { name: 'Llamados anunciados' })
    .locator('p')
    .evaluateAll((entries) =>
      entries.map(
        (entry) => `${entry.textContent ?? ''} [${entry.getAttribute('data-outcome') ?? ''}]`,
      ),
    );
}

/** A clerk at a window, calling through the hub's socket, as the counter does. */
export type Clerk = {
  token: string;
  client: RoleClient;
  windowId: string;
  /** The ticket the window holds, if any. */
  current: { id: string; number: string; serviceId: string } | null;
  /** Finishes the current ticket (if any) and calls the next; returns the number called. */
  callNext(): Promise<string>;
  close(): void;
};

/** Logs a clerk in and opens the window. */
export async function openWindow(
  hubUrl: string,
  username: string,
  windowId: string,
): Promise<Clerk> {
  const token = await loginToken(hubUrl, username);
  const client = await connectRole(hubUrl, 'counter', token);
  const opened = await client.command('window:open', { windowId });
  if (!opened.ok) throw new Error(opened.error.message);
  const clerk: Clerk = {
    token,
    client,
    windowId,
    current: null,
    async callNext() {
      if (clerk.current) {
        const previous = clerk.current;
        const outcome = client.snapshot.office.services.find((s) => s.id === previous.serviceId)
          ?.outcomes[0]?.code;
        await client.command('ticket:start', { ticketId: previous.id });
        const finished = await client.command('ticket:finish', {
          ticketId: previous.id,
          outcome: outcome ?? '',
        });
        if (!finished.ok) throw new Error(finished.error.message);
      }
      const called = await client.command('ticket:call-next', { windowId });
      if (!called.ok) throw new Error(called.error.message);
      const ticket = called.value.ticket;
      if (!ticket) throw new Error('call-next answered without a ticket');
      clerk.current = { id: ticket.id, number: ticket.number, serviceId: ticket.serviceId };
      return ticket.number;
    },
    close: () => client.close(),
  };
  return clerk;
}

/** Takes one ticket per service id, as the kiosk would, a few seconds apart on the hub's clock. */
export async function takeTickets(
  hub: { url: string; advance?: (ms: number) => void },
  serviceIds: readonly string[],
): Promise<void> {
  const kiosk = await connectRole(hub.url, 'kiosk', 'demo-kiosk-key');
  try {
    for (const serviceId of serviceIds) {
      // The kiosk's rate limit refuses a burst, as it should: space the takes on the hub's clock.
      hub.advance?.(5_000);
      const taken = await kiosk.command('ticket:take', { serviceId, category: 'none' });
      if (!taken.ok) throw new Error(taken.error.message);
    }
  } finally {
    kiosk.close();
  }
}

/** Recalls a ticket through the REST API, as an outside system (or a counter over HTTP) would. */
export async function recallByRest(hubUrl: string, token: string, ticketId: string): Promise<void> {
  const response = await fetch(`${hubUrl}/api/v1/tickets/${ticketId}/recall`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`recall: HTTP ${response.status} ${await response.text()}`);
}

/**
 * A hub on a fixed port and data folder that can be stopped and started again, as after a power
 * cut: the page keeps its address, and its socket must find the new hub by itself. The clock
 * starts at `startAt` and runs with real time.
 */
export async function startHubAt(dataDir: string, port: number, startAt: number): Promise<Hub> {
  const realStart = Date.now();
  return createHub({
    dataDir,
    port,
    host: '127.0.0.1',
    logLevel: 'silent',
    now: () => startAt + (Date.now() - realStart),
  });
}
