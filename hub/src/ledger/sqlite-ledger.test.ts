import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DomainEvent, Ticket } from '@cac/shared/domain';
import type { CommitBatch, LedgerRepository } from './ledger-repository';
import { MIGRATIONS } from './migrations';
import { openLedgerDatabase, openSqliteLedger } from './sqlite-ledger';

const DAY = '2026-03-02';
const T0 = Date.UTC(2026, 2, 2, 13, 0); // 08:00 in Lima

let dir: string;
let file: string;
let ledger: LedgerRepository;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-ledger-'));
  file = path.join(dir, 'ledger.sqlite');
  ledger = openSqliteLedger(file);
});

afterEach(async () => {
  ledger.close();
  await rm(dir, { recursive: true, force: true });
});

function ticket(overrides: Partial<Ticket> & Pick<Ticket, 'id' | 'sequence'>): Ticket {
  const prefix = overrides.serviceId === 'licencias' ? 'L' : 'R';
  return {
    officeDay: DAY,
    serviceId: 'registro-civil',
    number: `${prefix}-${String(overrides.sequence).padStart(3, '0')}`,
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
    ...overrides,
  };
}

function batch(
  seq: number,
  events: DomainEvent[],
  tickets: Ticket[],
  extra: Partial<CommitBatch> = {},
): CommitBatch {
  return {
    seq,
    officeDay: DAY,
    at: events[0]?.at ?? T0,
    actor: { id: 'clerk1', role: 'clerk' },
    command: 'test',
    events,
    tickets,
    accessKeys: [],
    request: null,
    audit: null,
    ...extra,
  };
}

function issue(seq: number, t: Ticket, key = `key-${t.id}`, requestId?: string): CommitBatch {
  return batch(seq, [{ type: 'ticket:issued', at: t.issuedAt, ticket: t }], [t], {
    actor: { id: 'kiosk-1', role: 'kiosk' },
    command: 'ticket:take',
    accessKeys: [{ ticketId: t.id, accessKey: key }],
    request: requestId
      ? { actorId: 'kiosk-1', requestId, response: { id: t.id, number: t.number } }
      : null,
  });
}

describe('openSqliteLedger', () => {
  it('runs in WAL mode with synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openLedgerDatabase(path.join(dir, 'probe.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    } finally {
      db.close();
    }
    // WAL is a property of the file: a plain connection to the ledger's file sees it too.
    const plain = new Database(file);
    try {
      expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      plain.close();
    }
  });

  it('starts empty', () => {
    expect(ledger.lastSeq()).toBe(0);
    expect(ledger.latestOfficeDay()).toBeNull();
    expect(ledger.eventsOfDay(DAY)).toEqual([]);
    expect(ledger.ticketsOfDay(DAY)).toEqual([]);
    expect(ledger.getTicket('nope')).toBeNull();
    expect(ledger.findRequest('kiosk-1', 'r1')).toBeUndefined();
  });

  it('keeps a day of work across close and reopen', () => {
    const r1 = ticket({ id: 't1', sequence: 1 });
    const r2 = ticket({
      id: 't2',
      sequence: 2,
      category: 'senior',
      issuedAt: T0 + 1000,
      arrivalAt: T0 + 1000,
    });
    const called = {
      ...r1,
      status: 'called' as const,
      windowId: 'ventanilla-1',
      callCount: 1,
      firstCalledAt: T0 + 5000,
      calledAt: T0 + 5000,
    };
    const serving = { ...called, status: 'serving' as const, startedAt: T0 + 6000 };
    const done = { ...serving, status: 'done' as const, finishedAt: T0 + 9000 };
    const call: DomainEvent = {
      type: 'ticket:called',
      at: T0 + 5000,
      ticketId: 't1',
      windowId: 'ventanilla-1',
      reason: null,
    };
    const start: DomainEvent = { type: 'ticket:started', at: T0 + 6000, ticketId: 't1' };
    const finish: DomainEvent = {
      type: 'ticket:finished',
      at: T0 + 9000,
      ticketId: 't1',
      outcome: 'atendido',
      note: 'ok',
    };
    ledger.commit([issue(1, r1), issue(2, r2, 'k2', 'req-2')]);
    ledger.commit([
      batch(3, [call], [called]),
      batch(4, [start], [serving]),
      batch(5, [finish], [done], { audit: { why: 'prueba' } }),
    ]);
    ledger.close();

    ledger = openSqliteLedger(file);
    expect(ledger.lastSeq()).toBe(5);
    expect(ledger.latestOfficeDay()).toBe(DAY);
    expect(ledger.eventsOfDay(DAY)).toEqual([
      { type: 'ticket:issued', at: T0, ticket: r1 },
      { type: 'ticket:issued', at: T0 + 1000, ticket: r2 },
      call,
      start,
      finish,
    ]);
    // The clerk whose commands called, started and finished it is remembered as who served it.
    const served = { ...done, outcome: 'atendido', accessKey: 'key-t1', clerkId: 'clerk1' };
    expect(ledger.getTicket('t1')).toEqual(served);
    expect(ledger.ticketsOfDay(DAY)).toEqual([
      served,
      { ...r2, outcome: null, accessKey: 'k2', clerkId: null },
    ]);
    expect(ledger.findRequest('kiosk-1', 'req-2')).toEqual({ id: 't2', number: 'R-002' });
    expect(ledger.eventsOfDay('2026-03-03')).toEqual([]);
  });

  it('returns the events of a day in (seq, idx) order', () => {
    const t = ticket({ id: 't1', sequence: 1 });
    const closed: DomainEvent[] = [
      { type: 'window:closed', at: T0 + 2, windowId: 'ventanilla-2' },
      { type: 'window:closed', at: T0 + 1, windowId: 'ventanilla-1' },
    ];
    ledger.commit([issue(1, t), batch(2, closed, [])]);
    ledger.commit([batch(3, [{ type: 'day:started', at: T0 + 3, officeDay: DAY }], [])]);
    expect(ledger.eventsOfDay(DAY).map((e) => e.type)).toEqual([
      'ticket:issued',
      'window:closed',
      'window:closed',
      'day:started',
    ]);
    expect(ledger.eventsOfDay(DAY)[1]).toEqual(closed[0]);
  });

  it('lets a transfer carry the same number into another queue', () => {
    const original = ticket({ id: 't1', sequence: 1 });
    const next = ticket({
      id: 't1b',
      sequence: 1,
      serviceId: 'licencias',
      number: 'R-001',
      issuedAt: T0 + 9000,
      previousTicketId: 't1',
    });
    const transferred = { ...original, status: 'transferred' as const };
    ledger.commit([issue(1, original)]);
    ledger.commit([
      batch(
        2,
        [{ type: 'ticket:transferred', at: T0 + 9000, ticketId: 't1', next, note: null }],
        [transferred, next],
      ),
    ]);
    expect(ledger.ticketsOfDay(DAY).map((t) => [t.id, t.number, t.serviceId, t.status])).toEqual([
      ['t1', 'R-001', 'registro-civil', 'transferred'],
      ['t1b', 'R-001', 'licencias', 'waiting'],
    ]);
    // The original keeps its access key: a status page link printed on the ticket still works.
    expect(ledger.getTicket('t1')?.accessKey).toBe('key-t1');
  });

  it('rolls back every batch of a commit when one fails (duplicate original number)', () => {
    ledger.commit([issue(1, ticket({ id: 't1', sequence: 1 }))]);
    const good = issue(2, ticket({ id: 't2', sequence: 2 }), 'k2', 'req-2');
    const duplicate = issue(3, ticket({ id: 't3', sequence: 2 }));
    expect(() => ledger.commit([good, duplicate])).toThrow(/UNIQUE/);

    expect(ledger.lastSeq()).toBe(1);
    expect(ledger.getTicket('t2')).toBeNull();
    expect(ledger.findRequest('kiosk-1', 'req-2')).toBeUndefined();
    expect(ledger.eventsOfDay(DAY)).toHaveLength(1);
    // …and the ledger keeps working.
    ledger.commit([good]);
    expect(ledger.lastSeq()).toBe(2);
  });

  it('refuses a sequence number that does not move forward', () => {
    ledger.commit([issue(1, ticket({ id: 't1', sequence: 1 }))]);
    expect(() => ledger.commit([issue(1, ticket({ id: 't2', sequence: 2 }))])).toThrow(/Secuencia/);
    expect(() =>
      ledger.commit([
        issue(3, ticket({ id: 't3', sequence: 3 })),
        issue(2, ticket({ id: 't2', sequence: 2 })),
      ]),
    ).toThrow(/Secuencia/);
    expect(ledger.lastSeq()).toBe(1);
    expect(ledger.getTicket('t3')).toBeNull();
  });

  it('refuses an access key for a ticket the batch does not carry', () => {
    const t = ticket({ id: 't1', sequence: 1 });
    const orphan = { ...issue(1, t), accessKeys: [{ ticketId: 'ghost', accessKey: 'x' }] };
    expect(() => ledger.commit([orphan])).toThrow(/ghost/);
    expect(ledger.lastSeq()).toBe(0);
  });

  it('refuses a continuation of a ticket that does not exist', () => {
    const next = ticket({ id: 't1b', sequence: 1, previousTicketId: 'missing' });
    expect(() => ledger.commit([batch(1, [], [next])])).toThrow(/FOREIGN KEY/);
    expect(ledger.lastSeq()).toBe(0);
  });

  it('remembers a request once per actor', () => {
    ledger.commit([issue(1, ticket({ id: 't1', sequence: 1 }), 'k1', 'r-1')]);
    expect(ledger.findRequest('kiosk-1', 'r-1')).toEqual({ id: 't1', number: 'R-001' });
    expect(ledger.findRequest('kiosk-2', 'r-1')).toBeUndefined();
    // A second ticket under the same request id would be the very duplicate the ids prevent.
    expect(() => ledger.commit([issue(2, ticket({ id: 't2', sequence: 2 }), 'k2', 'r-1')])).toThrow(
      /UNIQUE/,
    );
    expect(ledger.getTicket('t2')).toBeNull();
  });

  it('stores, replaces and deletes sessions, across restarts', () => {
    ledger.saveSession({ tokenHash: 'h1', userId: 'clerk1', role: 'clerk', expiresAt: T0 + 1 });
    ledger.saveSession({ tokenHash: 'h1', userId: 'clerk1', role: 'clerk', expiresAt: T0 + 2 });
    ledger.saveSession({ tokenHash: 'h2', userId: 'admin', role: 'admin', expiresAt: T0 + 3 });
    ledger.close();
    ledger = openSqliteLedger(file);
    expect(ledger.findSession('h1')).toEqual({
      tokenHash: 'h1',
      userId: 'clerk1',
      role: 'clerk',
      expiresAt: T0 + 2,
    });
    ledger.deleteSession('h1');
    expect(ledger.findSession('h1')).toBeNull();
    expect(ledger.findSession('h2')?.role).toBe('admin');
  });

  it('refuses a database written by a newer hub', () => {
    ledger.close();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteLedger(file)).toThrow(/más nueva/);
    ledger = openSqliteLedger(path.join(dir, 'otro.sqlite'));
  });
});
