// Diagnosis, in the bench process: what the hub's per-command domain work costs with a small and a
// large live queue. These are the same pure functions the writer runs for every ticket:take
// (applyEventsInPlace in drain, estimateForTicket of the new ticket in acknowledge), for every
// call-next (nextTicketFor),
// per connecting client (the snapshot's JSON) and once at start-up (replaying the day's events).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { DomainEvent, LiveState, OfficeRules, Ticket } from '@cac/shared/domain';
import {
  applyEventsInPlace,
  emptyState,
  estimateForTicket,
  formatTicketNumber,
  nextTicketFor,
} from '@cac/shared/domain';
import { toOfficeRules } from '@cac/shared/protocol';
import type { OfficeConfig } from '../../shared/src/protocol/office-config';
import { createDemoOffice } from '../src/config/demo-office';

const SERVICES = [
  ['registro-civil', 'R'],
  ['licencias', 'L'],
  ['mesa-de-partes', 'M'],
  ['tributos', 'T'],
  ['orientacion', 'O'],
] as const;
const DAY = '2026-11-23';
const START = Date.parse('2026-11-23T13:00:00Z');

function issued(index: number): DomainEvent {
  const [serviceId, prefix] = SERVICES[index % SERVICES.length] ?? SERVICES[0];
  const sequence = Math.floor(index / SERVICES.length) + 1;
  const ticket: Ticket = {
    id: `t${index.toString(36).padStart(8, '0')}x`,
    officeDay: DAY,
    serviceId,
    number: formatTicketNumber(prefix, sequence),
    sequence,
    category: index % 10 === 7 ? 'senior' : 'none',
    status: 'waiting',
    arrivalAt: START + index * 100,
    issuedAt: START + index * 100,
    windowId: null,
    reservedWindowId: null,
    callCount: 0,
    firstCalledAt: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    previousTicketId: null,
  };
  return { type: 'ticket:issued', at: ticket.issuedAt, ticket };
}

/** A state with `live` waiting tickets and window 1 open, built as the hub builds it. */
function stateWith(live: number): LiveState {
  return applyEventsInPlace(emptyState(DAY), [
    {
      type: 'window:opened',
      at: START,
      windowId: 'ventanilla-1',
      clerkId: 'clerk1',
      serviceIds: ['registro-civil', 'orientacion'],
    },
    ...Array.from({ length: live }, (_, i) => issued(i)),
  ]);
}

/** Mean ms per call of `fn` over `iterations` (after a few unmeasured calls). */
function timeIt(iterations: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < 5; i += 1) fn(i);
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) fn(i);
  return (performance.now() - started) / iterations;
}

/** One row per live-queue size. */
export type DomainCostRow = {
  live: number;
  applyIssuedMs: number;
  estimateMs: number;
  nextTicketMs: number;
  snapshotJsonMs: number;
  snapshotMb: number;
};

/** What the diagnosis measured. */
export type DomainCost = { rows: DomainCostRow[]; replay: { events: number; ms: number } };

/** Measures the per-command domain costs at each live-queue size, and the start-up replay of `replayEvents`. */
export function measureDomainCost(sizes: readonly number[], replayEvents: number): DomainCost {
  const config: OfficeConfig = createDemoOffice();
  const rules: OfficeRules = toOfficeRules(config);
  const rows = sizes.map((live): DomainCostRow => {
    const state = stateWith(live);
    // The take path estimates the ticket it just issued: the newest of its service.
    const newest = issued(live - 1);
    const newestId = newest.type === 'ticket:issued' ? newest.ticket.id : '';
    let extra = live;
    const now = START + live * 100 + 1000;
    const iterations = Math.max(20, Math.round(200000 / Math.max(1, live)));
    const snapshot = { seq: live, serverNow: now, state, rules };
    let bytes = 0;
    return {
      live,
      // Each iteration issues one more ticket into the writer-owned state, as the hub does.
      applyIssuedMs: timeIt(iterations, () => applyEventsInPlace(state, [issued((extra += 1))])),
      estimateMs: timeIt(iterations, () => estimateForTicket(state, rules, newestId, now)),
      nextTicketMs: timeIt(iterations, () =>
        nextTicketFor(state, 'ventanilla-1', rules.callPolicy, now),
      ),
      snapshotJsonMs: timeIt(Math.max(5, Math.round(iterations / 20)), () => {
        bytes = JSON.stringify(snapshot).length;
      }),
      snapshotMb: bytes / 1e6,
    };
  });
  const events = Array.from({ length: replayEvents }, (_, i) => issued(i));
  const started = performance.now();
  applyEventsInPlace(emptyState(DAY), events);
  return { rows, replay: { events: replayEvents, ms: performance.now() - started } };
}

/**
 * The durable floor: one small transaction in a WAL database with synchronous=FULL (as the ledger
 * is opened) on the same file system as the bench's data folder. Mean ms per commit.
 */
export function measureCommitFloor(commits = 300): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'cac-fsync-'));
  const db = new Database(path.join(dir, 'floor.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
    const insert = db.prepare<[string]>('INSERT INTO t (payload) VALUES (?)');
    const commit = db.transaction((payload: string) => insert.run(payload));
    const payload = 'x'.repeat(600);
    for (let i = 0; i < 20; i += 1) commit(payload);
    const started = performance.now();
    for (let i = 0; i < commits; i += 1) commit(payload);
    return (performance.now() - started) / commits;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
