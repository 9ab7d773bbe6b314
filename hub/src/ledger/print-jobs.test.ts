import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Actor, Ticket } from '@cac/shared/domain';
import type { CommitBatch, LedgerRepository, StoredPrintJob } from './ledger-repository';
import { MIGRATIONS } from './migrations';
import { openSqliteLedger } from './sqlite-ledger';

const DAY = '2026-03-02';
const T0 = Date.UTC(2026, 2, 2, 13, 0); // 08:00 in Lima

let dir: string;
let file: string;
let ledger: LedgerRepository;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-print-jobs-'));
  file = path.join(dir, 'ledger.sqlite');
  ledger = openSqliteLedger(file);
});

afterEach(async () => {
  ledger.close();
  await rm(dir, { recursive: true, force: true });
});

function ticket(id: string, sequence: number, at: number, previous: Ticket | null = null): Ticket {
  return {
    id,
    officeDay: DAY,
    serviceId: previous ? 'licencias' : 'registro-civil',
    number: previous?.number ?? `R-${String(sequence).padStart(3, '0')}`,
    sequence,
    category: 'none',
    status: 'waiting',
    arrivalAt: previous?.arrivalAt ?? at,
    issuedAt: at,
    windowId: null,
    reservedWindowId: null,
    callCount: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    previousTicketId: previous?.id ?? null,
  };
}

function issue(seq: number, t: Ticket, actor: Actor): CommitBatch {
  return {
    seq,
    officeDay: DAY,
    at: t.issuedAt,
    actor,
    command: 'ticket:take',
    events: [{ type: 'ticket:issued', at: t.issuedAt, ticket: t }],
    tickets: [t],
    accessKeys: [{ ticketId: t.id, accessKey: `key-${t.id}` }],
    request: null,
    audit: null,
  };
}

function job(overrides: Partial<StoredPrintJob> & Pick<StoredPrintJob, 'at'>): StoredPrintJob {
  return {
    deviceId: 'kiosk-1',
    ticketId: 't1',
    number: 'R-001',
    ok: true,
    code: null,
    message: null,
    source: 'hub',
    paperNearEnd: false,
    ...overrides,
  };
}

describe('print jobs in the ledger', () => {
  it('keeps who printed and the paper warning, per ticket oldest first, per device newest first', () => {
    const first = job({ at: T0, ok: false, code: 'PRINTER_NO_PAPER', message: 'Sin papel.' });
    const second = job({ at: T0 + 1000, source: 'bridge', paperNearEnd: true });
    const other = job({ at: T0 + 500, deviceId: 'kiosk-2', ticketId: 't2', number: 'R-002' });
    const third = job({ at: T0 + 2000, ticketId: 't3', number: 'R-003', source: 'browser' });
    for (const each of [first, other, second, third]) ledger.recordPrintJob(each);

    expect(ledger.printJobsOfTicket('t1')).toEqual([first, second]);
    expect(ledger.latestPrintJobsOfDevice('kiosk-1', 10)).toEqual([third, second, first]);
    expect(ledger.latestPrintJobsOfDevice('kiosk-1', 2)).toEqual([third, second]);
    expect(ledger.latestPrintJobsOfDevice('kiosk-2', 10)).toEqual([other]);
    expect(ledger.latestPrintJobsOfDevice('kiosk-9', 10)).toEqual([]);
  });

  it('orders a device’s outcomes by when they were recorded, not by their clock', () => {
    const later = job({ at: T0 + 5000, ticketId: 't1' });
    const skewed = job({ at: T0, ticketId: 't2', number: 'R-002', ok: false, code: 'X_Y' });
    ledger.recordPrintJob(later);
    ledger.recordPrintJob(skewed);
    expect(ledger.latestPrintJobsOfDevice('kiosk-1', 1)).toEqual([skewed]);
  });

  it('upgrades a version 2 ledger in place: earlier outcomes were the hub’s, without a warning', () => {
    ledger.close();
    const old = path.join(dir, 'v2.sqlite');
    const db = new Database(old);
    db.pragma('journal_mode = WAL');
    MIGRATIONS.slice(0, 2).forEach((sql, index) => {
      db.exec(sql);
      db.pragma(`user_version = ${index + 1}`);
    });
    db.prepare(
      `INSERT INTO print_jobs (at, device_id, ticket_id, number, ok, code, message)
       VALUES (?, 'kiosk-1', 't1', 'R-001', 0, 'PRINTER_OFFLINE', 'No responde.')`,
    ).run(T0);
    db.close();

    ledger = openSqliteLedger(old);
    expect(ledger.printJobsOfTicket('t1')).toEqual([
      job({ at: T0, ok: false, code: 'PRINTER_OFFLINE', message: 'No responde.' }),
    ]);
  });

  it('tells which actor took a ticket; nobody for a transfer’s continuation or an unknown id', () => {
    const byKiosk = ticket('t1', 1, T0);
    const byClerk = ticket('t2', 2, T0 + 1000);
    ledger.commit([
      issue(1, byKiosk, { id: 'kiosk-1', role: 'kiosk' }),
      issue(2, byClerk, { id: 'clerk1', role: 'clerk' }),
    ]);
    const moved = { ...byKiosk, status: 'transferred' as const, finishedAt: T0 + 2000 };
    const next = ticket('t3', 1, T0 + 2000, byKiosk);
    ledger.commit([
      {
        ...issue(3, next, { id: 'supervisor', role: 'supervisor' }),
        command: 'ticket:transfer',
        events: [{ type: 'ticket:transferred', at: T0 + 2000, ticketId: 't1', next, note: null }],
        tickets: [moved, next],
        accessKeys: [],
      },
    ]);

    expect(ledger.issuerOfTicket('t1')).toBe('kiosk-1');
    expect(ledger.issuerOfTicket('t2')).toBe('clerk1');
    expect(ledger.issuerOfTicket('t3')).toBeNull();
    expect(ledger.issuerOfTicket('nope')).toBeNull();
  });
});
