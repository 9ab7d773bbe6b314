import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectRole } from '@cac/hub/testing';
import type { Browser } from 'playwright-core';
import { freePort, spawnHub, writeOfficeFile } from '../../hub/src/testing/spawn-hub';
import type { SpawnedHub } from '../../hub/src/testing/spawn-hub';
import { launchChromium, runAxe, saveScreenshot } from '../../shared/src/testing/browser';
import {
  action,
  actions,
  clerkPage,
  currentTicket,
  layoutProblems,
  openWindowWithKeyboard,
} from './clerk-helpers';

// The hub runs as a child process here, so it can be killed for real and started again on the
// same port and data folder, as after a power cut.
let browser: Browser;
let dataDir: string;
let hub: SpawnedHub | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = await mkdtemp(path.join(tmpdir(), 'cac-clerk-'));
  writeOfficeFile(dataDir);
});

afterAll(async () => {
  await browser?.close();
  await hub?.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

async function take(url: string, serviceId: string): Promise<string> {
  const kiosk = await connectRole(url, 'kiosk', 'demo-kiosk-key');
  try {
    const taken = await kiosk.command('ticket:take', { serviceId, category: 'none' });
    if (!taken.ok || !taken.value.ticket) throw new Error('no ticket');
    return taken.value.ticket.number;
  } finally {
    kiosk.close();
  }
}

describe('the clerk when the hub goes away', () => {
  it('shows a banner, disables every action, and resyncs on reconnect without a reload', async () => {
    const port = await freePort();
    hub = await spawnHub({ dataDir, port });
    const first = await take(hub.url, 'registro-civil');
    const page = await clerkPage(browser, hub.url, 'clerk1');
    await openWindowWithKeyboard(page, 'Ventanilla 1');
    await page.keyboard.press('l');
    await expect.poll(() => currentTicket(page).textContent()).toBe(first);
    await page.keyboard.press('i');
    await expect.poll(() => action(page, 'Finalizar').isEnabled()).toBe(true);
    // A mark in the page: it must still be there after the reconnect (no reload happened).
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await hub.kill('SIGKILL');

    const banner = page.getByRole('status');
    await expect
      .poll(() => banner.textContent())
      .toBe('Sin conexión con el servidor. Reconectando…');
    const buttons = actions(page).getByRole('button');
    await expect
      .poll(() =>
        buttons.evaluateAll((all) => all.filter((b) => !(b as HTMLButtonElement).disabled).length),
      )
      .toBe(0);
    expect(await page.getByRole('button', { name: 'Cerrar sesión' }).isDisabled()).toBe(true);
    expect(
      await page.getByText('Acciones desactivadas hasta que vuelva la conexión.').count(),
    ).toBe(1);
    // The last picture stays; a shortcut does nothing.
    expect(await currentTicket(page).textContent()).toBe(first);
    await page.keyboard.press('f');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await saveScreenshot(page, 'counter-clerk-offline-1366x768');

    hub = await spawnHub({ dataDir, port });
    const second = await take(hub.url, 'registro-civil');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toBe('Conectado');
    const queue = page.getByRole('region', { name: 'Mis colas' }).getByRole('listitem', {
      name: 'Registro Civil',
    });
    await expect
      .poll(() => queue.textContent())
      .toMatch(/^RRegistro CivilEn espera1Preferenciales0/);
    expect(await currentTicket(page).textContent()).toBe(first);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    // Working again, from where it was.
    await page.keyboard.press('f');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => action(page, 'Llamar siguiente').isEnabled()).toBe(true);
    await page.keyboard.press('l');
    await expect.poll(() => currentTicket(page).textContent()).toBe(second);
    await page.context().close();
  });
});
