import pino from 'pino';
import type { StoredTicket } from '../ledger/ledger-repository';
import { createKioskBoard } from './kiosk-board';
import { createPrintReportHandler } from './print-report';
import { createDemoOffice } from '../config/demo-office';

const T0 = Date.UTC(2026, 2, 2, 13, 0);
const office = createDemoOffice();
const ticket: StoredTicket = {
  id: 't1',
  officeDay: '2026-03-02',
  serviceId: 'registro-civil',
  number: 'R-001',
  sequence: 1,
  category: 'none',
  status: 'waiting',
  arrivalAt: T0,
  issuedAt: T0,
  windowId: null,
  reservedWindowId: null,
  callCount: 0,
  firstCalledAt: null,
  calledAt: null,
  startedAt: null,
  finishedAt: null,
  previousTicketId: null,
  accessKey: 'k',
  outcome: null,
  clerkId: null,
};
const report = { ticketId: 't1', number: 'R-001', via: 'bridge', ok: true };

function setup(recordPrintJob: () => void = () => undefined) {
  const changes: unknown[] = [];
  const board = createKioskBoard({
    config: () => office,
    ledger: { recordPrintJob, latestPrintJobsOfDevice: () => [] },
    now: () => T0,
    log: pino({ level: 'silent' }),
    onChange: (view) => changes.push(view),
  });
  const handle = createPrintReportHandler({
    ledger: {
      getTicket: (id) => (id === 't1' ? ticket : null),
      issuerOfTicket: (id) => (id === 't1' ? 'kiosk-1' : null),
    },
    board,
    now: () => T0,
  });
  return { handle, board, changes };
}

describe('print:report', () => {
  it.each(['clerk', 'supervisor', 'admin', 'display'] as const)(
    'is for kiosks only: a %s is FORBIDDEN and nothing changes',
    (role) => {
      const { handle, changes } = setup();
      expect(handle(report, { id: 'kiosk-1', role })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(changes).toEqual([]);
    },
  );

  it('answers STORAGE_FAILED when the ledger refuses it, yet supervisors still see the printer', () => {
    const { handle, board } = setup(() => {
      throw new Error('disk full');
    });
    expect(
      handle(
        { ...report, ok: false, code: 'PRINTER_NO_PAPER', message: 'Sin papel.' },
        { id: 'kiosk-1', role: 'kiosk' },
      ),
    ).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    expect(board.view()[0]?.printer).toMatchObject({ condition: 'no_paper', since: T0 });
  });
});
