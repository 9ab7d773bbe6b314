import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Actor } from '@cac/shared/domain';
import { applyEventsInPlace, emptyState } from '@cac/shared/domain';
import { toOfficeRules } from '@cac/shared/protocol';
import pino from 'pino';
import { createDemoOffice } from '../config/demo-office';
import type { LedgerRepository } from '../ledger/ledger-repository';
import { openSqliteLedger } from '../ledger/sqlite-ledger';
import { LIMA_MORNING } from '../testing';
import type { CommittedBatch } from './command-writer';
import { createCommandWriter } from './command-writer';

const KIOSK: Actor = { id: 'kiosk-1', role: 'kiosk' };
const take = (serviceId: string, requestId?: string) =>
  ({
    name: 'ticket:take',
    payload: { serviceId, category: 'none', ...(requestId ? { requestId } : {}) },
  }) as const;

/** Broadcasts leave on the turn after the acknowledgements. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

let dir: string;
let ledger: LedgerRepository;
let failNextCommit: boolean;
let broadcasts: CommittedBatch[];

function writer() {
  const rules = toOfficeRules(createDemoOffice());
  let id = 0;
  const reload = () => ({
    state: applyEventsInPlace(emptyState('2026-11-23'), ledger.eventsOfDay('2026-11-23')),
    seq: ledger.lastSeq(),
  });
  const flaky: LedgerRepository = {
    ...ledger,
    commit(batches) {
      if (failNextCommit) {
        failNextCommit = false;
        throw new Error('disco lleno');
      }
      ledger.commit(batches);
    },
  };
  return createCommandWriter(
    {
      ledger: flaky,
      rules: () => rules,
      now: () => LIMA_MORNING,
      newId: () => `t${(id += 1)}`,
      newAccessKey: () => `key-${id}`,
      onCommitted: (batches) => broadcasts.push(...batches),
      reload,
      log: pino({ level: 'silent' }),
    },
    reload(),
  );
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cac-writer-'));
  ledger = openSqliteLedger(path.join(dir, 'ledger.sqlite'));
  failNextCommit = false;
  broadcasts = [];
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the single writer', () => {
  it('commits concurrent commands in arrival order with consecutive numbers and seqs', async () => {
    const w = writer();
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => w.submit(take('registro-civil'), KIOSK)),
    );
    expect(outcomes.map((o) => (o.result.ok ? o.result.value.issued?.number : null))).toEqual([
      'R-001',
      'R-002',
      'R-003',
      'R-004',
      'R-005',
    ]);
    expect(outcomes.map((o) => (o.result.ok ? o.result.value.issued?.position : null))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(broadcasts).toEqual([]);
    await nextTurn();
    expect(broadcasts.map((b) => b.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(ledger.ticketsOfDay('2026-11-23')).toHaveLength(5);
  });

  it('a failed commit applies nothing, answers STORAGE_FAILED and leaves no gap in numbering', async () => {
    const w = writer();
    await w.submit(take('registro-civil'), KIOSK);
    failNextCommit = true;
    const failed = await Promise.all([
      w.submit(take('registro-civil'), KIOSK),
      w.submit(take('tributos'), KIOSK),
    ]);
    for (const outcome of failed) {
      expect(outcome.result).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    }
    expect(Object.keys(w.state().tickets)).toHaveLength(1);
    expect(w.seq()).toBe(1);
    await nextTurn();
    expect(broadcasts.map((b) => b.seq)).toEqual([1]);
    const next = await w.submit(take('registro-civil'), KIOSK);
    expect(next.result.ok && next.result.value.issued?.number).toBe('R-002');
    expect(w.seq()).toBe(2);
  });

  it('answers a repeated requestId with the first result, within one drain and after it', async () => {
    const w = writer();
    const [first, second] = await Promise.all([
      w.submit(take('licencias', 'same-request-1'), KIOSK),
      w.submit(take('licencias', 'same-request-1'), KIOSK),
    ]);
    const third = await w.submit(take('licencias', 'same-request-1'), KIOSK);
    expect(first?.replayed).toBe(false);
    expect(second?.replayed).toBe(true);
    expect(third.replayed).toBe(true);
    const ids = [first, second, third].map((o) =>
      o?.result.ok ? o.result.value.issued?.id : null,
    );
    expect(new Set(ids).size).toBe(1);
    expect(ledger.ticketsOfDay('2026-11-23')).toHaveLength(1);
  });
});
