import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  closedPort,
  startFakeNetworkPrinter,
} from '../../shared/src/printing/fake-network-printer';
import type { FakeNetworkPrinter } from '../../shared/src/printing/fake-network-printer';
import { createDemoOffice } from '../../hub/src/config/demo-office';
import { hashDeviceKey } from '../../hub/src/config/secrets';
import { startTestHub } from '../../hub/src/testing/start-test-hub';
import type { TestHub } from '../../hub/src/testing/start-test-hub';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  launchChromium,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';

// The kiosk runs in a plain browser and the hub prints for it on a network printer that cannot
// print. The citizen must still leave with the number (on screen), and the hub must keep the
// failure for the supervisors. Two printers: one out of paper, one switched off.

/** DLE EOT replies of a printer out of paper: offline (n=1), stopped by paper end (n=2), paper end (n=4). */
const PAPER_OUT = { printer: 0x1a, cause: 0x32, paper: 0x72 };
const SECOND_KIOSK_KEY = 'e2e-kiosk-2-key';

let hub: TestHub;
let browser: Browser;
let paperOut: FakeNetworkPrinter;

beforeAll(async () => {
  paperOut = await startFakeNetworkPrinter({ status: PAPER_OUT });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cac-kiosk-printer-'));
  const office = createDemoOffice();
  const profile = { paperMm: 80, qr: 'native', codePage: 'PC850' } as const;
  office.devices = office.devices.map((device) =>
    device.id === 'kiosk-1'
      ? { ...device, printer: { target: `tcp://127.0.0.1:${paperOut.port}`, profile } }
      : device,
  );
  office.devices.push({
    id: 'kiosk-2',
    kind: 'kiosk',
    name: 'Kiosco del segundo piso',
    keyHash: hashDeviceKey(SECOND_KIOSK_KEY),
    printer: { target: `tcp://127.0.0.1:${await closedPort()}`, profile },
  });
  await writeFile(path.join(dataDir, 'office.json'), JSON.stringify(office));
  [hub, browser] = await Promise.all([startTestHub({ dataDir }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  await paperOut?.close();
});

/** Takes a Registro Civil ticket in two touches and returns its number and id. */
async function takeTicket(page: Page): Promise<{ number: string; ticketId: string }> {
  await page.getByRole('button', { name: /^Registro Civil/ }).click();
  await page.getByRole('button', { name: 'Ninguna de las anteriores' }).click();
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const statusUrl = (await page.locator('.kiosk-ticket__qr').getAttribute('data-url')) ?? '';
  const ticketId = decodeURIComponent(new URL(statusUrl).pathname.split('/').pop() ?? '');
  return { number, ticketId };
}

async function openKiosk(search: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: SCREENS.kioskPortrait });
  const errors = collectPageErrors(page);
  await page.goto(`${faceUrl(hub.url, 'kiosk')}${search}`);
  await page.getByRole('list', { name: 'Trámites' }).waitFor();
  return { page, errors };
}

describe('kiosk whose hub-side printer fails, in Chromium', () => {
  it('out of paper: the number stays on screen with where to wait, nothing is sent to print, the hub keeps the failure', async () => {
    const { page, errors } = await openKiosk('?returnAfter=60');
    const { number, ticketId } = await takeTicket(page);
    expect(number).toMatch(/^R-\d{3}$/);

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('No se pudo imprimir su ticket.');
    expect(await alert.textContent()).toContain(
      `Recuerde su número: ${number}. Espere a ser llamado en la pantalla.`,
    );
    expect(await page.getByTestId('ticket-number').textContent()).toBe(number);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'kiosk-not-printed-portrait-1080x1920');

    // The status was asked; no ticket bytes went to a printer that said it had no paper.
    expect(paperOut.queries()).toEqual([1, 2, 4]);
    expect(paperOut.jobs().every((job) => job.length === 0)).toBe(true);
    expect(hub.context.ledger.printJobsOfTicket(ticketId)).toEqual([
      expect.objectContaining({ deviceId: 'kiosk-1', number, ok: false, code: 'PRINTER_NO_PAPER' }),
    ]);
    // The ticket itself is alive in the queue: the citizen will be called.
    const services = (await (await fetch(`${hub.url}/api/v1/services`)).json()) as {
      id: string;
      waiting: number;
    }[];
    expect(services.find((s) => s.id === 'registro-civil')?.waiting).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switched off: the same notice, recorded as offline', async () => {
    const { page, errors } = await openKiosk(`?key=${SECOND_KIOSK_KEY}&returnAfter=60`);
    const { number, ticketId } = await takeTicket(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(number);
    expect(hub.context.ledger.printJobsOfTicket(ticketId)).toEqual([
      expect.objectContaining({ deviceId: 'kiosk-2', ok: false, code: 'PRINTER_OFFLINE' }),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
