// The ticket printing cost, in the bench process: from the hub's answer to `ticket:take` (an
// IssuedTicket) to the ESC/POS bytes of one ticket, with the demo office's texts, for both QR modes
// on 80 mm paper. Each ticket has its own number and status URL, so no QR is ever reused.
import { performance } from 'node:perf_hooks';
import type { PrinterProfile } from '@cac/shared/printing';
import { renderEscPos } from '@cac/shared/printing';
import { buildTicketLayout, sampleTicketInput } from '@cac/shared/ticket';
import { createDemoOffice } from '../src/config/demo-office';

/** What {@link measureEscPosRender} measured, per QR mode. */
export type EscPosRenderCost = {
  iterations: number;
  nativeMedianMs: number;
  nativeP95Ms: number;
  rasterMedianMs: number;
  rasterP95Ms: number;
  /** Size of one ticket's bytes. */
  nativeBytes: number;
  rasterBytes: number;
};

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function measureMode(
  qr: PrinterProfile['qr'],
  iterations: number,
  warmUp: number,
): Promise<{ median: number; p95: number; bytes: number }> {
  const office = createDemoOffice();
  const profile: PrinterProfile = { paperMm: 80, qr, codePage: 'PC850' };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warmUp + iterations; i += 1) {
    const input = sampleTicketInput({
      office: {
        name: office.office.name,
        municipality: office.office.municipality,
        timeZone: office.office.timeZone,
      },
      footer: office.ticketFooter,
      ticket: {
        number: `R-${String(i + 1).padStart(3, '0')}`,
        statusUrl: `/api/v1/tickets/t${i.toString(36).padStart(8, '0')}x?k=${(i * 7919).toString(36).padStart(22, 'k')}`,
      },
    });
    const started = performance.now();
    const layout = buildTicketLayout(input);
    if (!layout.ok) throw new Error(layout.error.message);
    const buffer = await renderEscPos(layout.value, profile);
    const elapsed = performance.now() - started;
    bytes = buffer.length;
    if (i >= warmUp) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), bytes };
}

/**
 * Median (and p95) ms to turn one issued ticket into ESC/POS bytes (layout + rendering), with the
 * QR native (`GS ( k`) and as a raster image. Target: median ≤ 5 ms.
 */
export async function measureEscPosRender(
  iterations = 300,
  warmUp = 50,
): Promise<EscPosRenderCost> {
  const native = await measureMode('native', iterations, warmUp);
  const raster = await measureMode('raster', iterations, warmUp);
  return {
    iterations,
    nativeMedianMs: native.median,
    nativeP95Ms: native.p95,
    rasterMedianMs: raster.median,
    rasterP95Ms: raster.p95,
    nativeBytes: native.bytes,
    rasterBytes: raster.bytes,
  };
}
