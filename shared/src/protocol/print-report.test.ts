import { printerConditionOf } from './kiosk-status';
import { PrintReportSchema } from './print-report';

const base = { ticketId: 'abc123', number: 'R-001', via: 'bridge' };

describe('print:report payload', () => {
  it.each([
    ['a print that worked', { ...base, ok: true }, { ...base, ok: true, paperNearEnd: false }],
    ['with the paper warning', { ...base, ok: true, paperNearEnd: true }, null],
    [
      'a failure with its sentence, trimmed',
      { ...base, ok: false, code: 'PRINTER_NO_PAPER', message: ' Sin papel. ' },
      { ...base, ok: false, code: 'PRINTER_NO_PAPER', message: 'Sin papel.' },
    ],
    ['from the browser', { ...base, via: 'browser', ok: true }, null],
    ['a four-digit day', { ...base, number: 'LF-1000', ok: true }, null],
  ])('accepts %s', (_name, input, expected) => {
    const parsed = PrintReportSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    if (expected && parsed.success) expect(parsed.data).toEqual(expected);
  });

  it.each([
    ['a failure without a code', { ...base, ok: false, message: 'x' }],
    ['a failure without a sentence', { ...base, ok: false, code: 'PRINTER_OFFLINE', message: ' ' }],
    ['a success with a code', { ...base, ok: true, code: 'PRINTER_OFFLINE' }],
    ['a device id (the hub knows who sends it)', { ...base, ok: true, deviceId: 'kiosk-2' }],
    ['the hub as who printed', { ...base, via: 'hub', ok: true }],
    ['a lower-case code', { ...base, ok: false, code: 'no paper', message: 'x' }],
    ['a number that is not a ticket’s', { ...base, number: 'R001', ok: true }],
    [
      'an overlong sentence',
      { ...base, ok: false, code: 'PRINTER_ERROR', message: 'x'.repeat(301) },
    ],
    ['nothing', null],
  ])('refuses %s', (_name, input) => {
    expect(PrintReportSchema.safeParse(input).success).toBe(false);
  });
});

describe('printer condition of an outcome', () => {
  it.each([
    [{ ok: true } as const, 'ok'],
    [{ ok: true, paperNearEnd: true } as const, 'paper_low'],
    [{ ok: false, code: 'PRINTER_NO_PAPER' } as const, 'no_paper'],
    [{ ok: false, code: 'PRINTER_COVER_OPEN' } as const, 'cover_open'],
    [{ ok: false, code: 'PRINTER_OFFLINE' } as const, 'offline'],
    [{ ok: false, code: 'PRINTER_TIMEOUT' } as const, 'error'],
    [{ ok: false, code: 'TICKET_INPUT_INVALID' } as const, 'error'],
  ])('%j → %s', (outcome, condition) => {
    expect(printerConditionOf(outcome)).toBe(condition);
  });
});
