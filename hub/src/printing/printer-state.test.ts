import type { StoredPrintJob } from '../ledger/ledger-repository';
import { nextPrinterView, printerViewOf } from './printer-state';

const T0 = Date.UTC(2026, 2, 2, 13, 0);

function printed(at: number, number: string, paperNearEnd = false): StoredPrintJob {
  const base = { deviceId: 'kiosk-1', ticketId: `id-${number}`, number, source: 'hub' as const };
  return { ...base, at, ok: true, code: null, message: null, paperNearEnd };
}

function failed(at: number, number: string, code: string): StoredPrintJob {
  const base = { deviceId: 'kiosk-1', ticketId: `id-${number}`, number, source: 'bridge' as const };
  return { ...base, at, ok: false, code, message: `falló (${code})`, paperNearEnd: false };
}

describe('printer state from print outcomes', () => {
  it.each([
    ['PRINTER_NO_PAPER', 'no_paper'],
    ['PRINTER_COVER_OPEN', 'cover_open'],
    ['PRINTER_OFFLINE', 'offline'],
    ['PRINTER_TIMEOUT', 'error'],
    ['PRINTER_CONFIG_INVALID', 'error'],
    ['TICKET_INPUT_INVALID', 'error'],
  ])('a failure with %s reads as %s', (code, condition) => {
    expect(nextPrinterView(null, failed(T0, 'R-001', code))).toEqual({
      condition,
      code,
      message: `falló (${code})`,
      since: T0,
      lastAt: T0,
      lastNumber: 'R-001',
      failedInRow: 1,
      source: 'bridge',
    });
  });

  it('keeps when a run began, counts the tickets that did not print, and clears on a print', () => {
    const view = printerViewOf([
      printed(T0, 'R-001'),
      failed(T0 + 60_000, 'R-002', 'PRINTER_NO_PAPER'),
      failed(T0 + 120_000, 'R-003', 'PRINTER_NO_PAPER'),
      failed(T0 + 180_000, 'R-004', 'PRINTER_COVER_OPEN'),
    ]);
    // The cover opened while it had no paper: a new condition, but still the third ticket lost.
    expect(view).toMatchObject({
      condition: 'cover_open',
      since: T0 + 180_000,
      lastNumber: 'R-004',
      failedInRow: 3,
    });
    const noPaper = printerViewOf([
      failed(T0 + 60_000, 'R-002', 'PRINTER_NO_PAPER'),
      failed(T0 + 120_000, 'R-003', 'PRINTER_NO_PAPER'),
    ]);
    expect(noPaper).toMatchObject({ condition: 'no_paper', since: T0 + 60_000, failedInRow: 2 });
    expect(nextPrinterView(noPaper, printed(T0 + 240_000, 'R-005'))).toEqual({
      condition: 'ok',
      code: null,
      message: null,
      since: T0 + 240_000,
      lastAt: T0 + 240_000,
      lastNumber: 'R-005',
      failedInRow: 0,
      source: 'hub',
    });
  });

  it('warns of a roll that is nearly used up while it still prints', () => {
    const view = printerViewOf([
      printed(T0, 'R-001'),
      printed(T0 + 1000, 'R-002', true),
      printed(T0 + 2000, 'R-003', true),
    ]);
    expect(view).toMatchObject({ condition: 'paper_low', since: T0 + 1000, failedInRow: 0 });
  });

  it('has no state before any outcome', () => {
    expect(printerViewOf([])).toBeNull();
  });
});
