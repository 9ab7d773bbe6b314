// The supervisors' report over a quarter (issue 7): a ledger of 90 days × 2,000 tickets a day,
// filled directly through prepared statements (realistic spreads of services, categories, clerks,
// waits, outcomes, transfers, pauses, ratings, procedure runs and payments), a hub child started
// on that folder, then `GET /api/v1/reports?from&to` over the 90 days and its CSV export, timed
// from this process. Target: ≤ 1,000 ms. Alone: npx tsx hub/bench/scenario-reports.ts
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { migrate } from '../src/ledger/migrations';
import { freePort, spawnHub, writeOfficeFile } from '../src/testing/spawn-hub';
import { login } from './clients';

const DAYS = 90;
const TICKETS_PER_DAY = 2000;
const RUNS = 7;
const SERVICES = [
  {
    id: 'registro-civil',
    prefix: 'R',
    weight: 30,
    outcomes: ['atendido', 'observado', 'pendiente-pago'],
  },
  {
    id: 'licencias',
    prefix: 'L',
    weight: 10,
    outcomes: ['expediente-recibido', 'observado', 'orientado'],
  },
  {
    id: 'mesa-de-partes',
    prefix: 'M',
    weight: 25,
    outcomes: ['expediente-registrado', 'observado'],
  },
  { id: 'tributos', prefix: 'T', weight: 25, outcomes: ['pagado', 'consulta-deuda'] },
  { id: 'orientacion', prefix: 'O', weight: 10, outcomes: ['orientado', 'derivado'] },
] as const;
const CATEGORIES = ['pregnant', 'senior', 'disability', 'child'] as const;

export type ReportBenchResult = {
  tickets: number;
  fillMs: number;
  jsonMedianMs: number;
  jsonP95Ms: number;
  csvMedianMs: number;
  jsonBytes: number;
};

/** A small deterministic generator, so every run measures the same ledger. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Fills `ledger.sqlite` with DAYS past office days ending yesterday (Lima); returns the range. */
export function fillLedger(dataDir: string): { from: string; to: string; tickets: number } {
  const db = new Database(path.join(dataDir, 'ledger.sqlite'));
  db.pragma('journal_mode = WAL');
  migrate(db);
  const rnd = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const insertTicket = db.prepare(
    `INSERT INTO tickets (id, office_day, service_id, number, sequence, category, status, arrival_at,
       issued_at, window_id, call_count, first_called_at, called_at, started_at, finished_at,
       previous_ticket_id, outcome, clerk_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBatch = db.prepare(
    `INSERT INTO batches (seq, office_day, at, actor_id, actor_role, command) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (seq, idx, office_day, type, at, payload_json) VALUES (?, 0, ?, ?, ?, ?)`,
  );
  const insertRating = db.prepare(
    `INSERT INTO ratings (ticket_id, at, office_day, score, comment, service_id, window_id, clerk_id, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'kiosk')`,
  );
  const insertRun = db.prepare(
    `INSERT INTO procedure_runs (request_key, command, at, office_day, ticket_id, service_id, procedure_id,
       kind, by_user, window_id, result_kind, result_ref, summary, fee, response_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, '{}')`,
  );
  const insertPayment = db.prepare(
    `INSERT INTO tax_payments (receipt_number, payment_id, at, office_day, taxpayer_code, total, method,
       by_user, window_id, ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const todayUtc = Date.parse(
    `${new Date(Date.now() - 5 * 3600000).toISOString().slice(0, 10)}T00:00:00Z`,
  );
  const days: string[] = [];
  for (let d = DAYS; d >= 1; d -= 1)
    days.push(new Date(todayUtc - d * 86400000).toISOString().slice(0, 10));
  const totalWeight = SERVICES.reduce((sum, s) => sum + s.weight, 0);
  let seq = 0;
  let tickets = 0;
  db.transaction(() => {
    for (const day of days) {
      const opening = Date.parse(`${day}T13:00:00Z`); // 08:00 in Lima
      const sequences = new Map<string, number>();
      for (let n = 0; n < TICKETS_PER_DAY; n += 1) {
        let w = rnd() * totalWeight;
        const service = SERVICES.find((s) => (w -= s.weight) < 0) ?? SERVICES[0];
        const sequence = (sequences.get(service.id) ?? 0) + 1;
        sequences.set(service.id, sequence);
        const clerk = 1 + Math.floor(rnd() * 6);
        const arrival = opening + Math.floor((n / TICKETS_PER_DAY) * 8 * 3600000 + rnd() * 60000);
        const category = rnd() < 0.12 ? pick(CATEGORIES) : 'none';
        const wait = Math.floor(-Math.log(1 - rnd()) * (category === 'none' ? 12 : 4) * 60000);
        const called = arrival + wait;
        const started = called + Math.floor(rnd() * 60000);
        const finished = started + Math.floor((2 + rnd() * 13) * 60000);
        const roll = rnd();
        const status =
          roll < 0.85
            ? 'done'
            : roll < 0.92
              ? 'no_show'
              : roll < 0.95
                ? 'cancelled'
                : roll < 0.97
                  ? 'expired'
                  : 'transferred';
        const neverCalled = status === 'cancelled' || status === 'expired';
        const id = `${day}-${n}`;
        const number = `${service.prefix}-${String(sequence).padStart(3, '0')}`;
        insertTicket.run(
          id,
          day,
          service.id,
          number,
          sequence,
          category,
          status,
          arrival,
          arrival,
          neverCalled ? null : `ventanilla-${clerk}`,
          neverCalled ? 0 : 1,
          neverCalled ? null : called,
          neverCalled ? null : called,
          status === 'done' || status === 'transferred' ? started : null,
          neverCalled ? finished : status === 'no_show' ? called + 180000 : finished,
          null,
          status === 'done' ? pick(service.outcomes) : null,
          neverCalled ? null : `clerk${clerk}`,
        );
        tickets += 1;
        if (status === 'transferred') {
          const next = finished + Math.floor(rnd() * 20 * 60000);
          insertTicket.run(
            `${id}-t`,
            day,
            'orientacion',
            number,
            sequence,
            category,
            'done',
            arrival,
            finished,
            `ventanilla-${clerk}`,
            1,
            next,
            next,
            next,
            next + 240000,
            id,
            'orientado',
            `clerk${clerk}`,
          );
          tickets += 1;
        }
        if (status === 'done' && rnd() < 0.15) {
          insertRating.run(
            id,
            finished + 30000,
            day,
            1 + Math.floor(rnd() * 5),
            rnd() < 0.3
              ? pick(['Muy rápido, gracias', 'Demoró, pero bien', 'Atención "excelente"'])
              : null,
            service.id,
            `ventanilla-${clerk}`,
            `clerk${clerk}`,
          );
        }
        if (status === 'done' && rnd() < 0.15) {
          const kind = service.id === 'tributos' ? 'tax-payment' : 'general';
          insertRun.run(
            `run:${id}`,
            'procedure:run',
            finished,
            day,
            id,
            service.id,
            `${service.id}-tramite`,
            kind,
            `clerk${clerk}`,
            `ventanilla-${clerk}`,
            kind === 'tax-payment' ? 'receipt' : null,
            'issued',
            Math.floor(rnd() * 5000),
          );
          if (kind === 'tax-payment') {
            insertPayment.run(
              `R-${id}`,
              `pay-${id}`,
              finished,
              day,
              'C0001',
              1000 + Math.floor(rnd() * 50000),
              pick(['efectivo', 'tarjeta', 'yape']),
              `clerk${clerk}`,
              `ventanilla-${clerk}`,
              id,
            );
          }
        }
      }
      // Two pauses per clerk a day, and the day's close.
      for (let clerk = 1; clerk <= 6; clerk += 1) {
        for (const hour of [2, 5]) {
          const pausedAt = opening + hour * 3600000 + Math.floor(rnd() * 1800000);
          for (const [type, at] of [
            ['window:paused', pausedAt],
            ['window:resumed', pausedAt + Math.floor((5 + rnd() * 25) * 60000)],
          ] as const) {
            seq += 1;
            insertBatch.run(
              seq,
              day,
              at,
              `clerk${clerk}`,
              'clerk',
              type === 'window:paused' ? 'window:pause' : 'window:resume',
            );
            insertEvent.run(
              seq,
              day,
              type,
              at,
              JSON.stringify({ type, at, windowId: `ventanilla-${clerk}`, reason: 'refrigerio' }),
            );
          }
        }
      }
      seq += 1;
      const closedAt = opening + 10 * 3600000;
      insertBatch.run(seq, day, closedAt, null, null, 'day:close');
      insertEvent.run(
        seq,
        day,
        'day:closed',
        closedAt,
        JSON.stringify({ type: 'day:closed', at: closedAt, officeDay: day, expiredTicketIds: [] }),
      );
    }
  })();
  db.close();
  return { from: days[0] ?? '', to: days.at(-1) ?? '', tickets };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

/** Fills a fresh ledger, starts a hub child on it and times the 90-day report, JSON and CSV. */
export async function runReports(log: (line: string) => void): Promise<ReportBenchResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cac-bench-reports-'));
  try {
    writeOfficeFile(dataDir);
    const fillStarted = performance.now();
    const range = fillLedger(dataDir);
    const fillMs = performance.now() - fillStarted;
    log(
      `  ledger: ${range.tickets} ticket records ${range.from} … ${range.to}, filled in ${(fillMs / 1000).toFixed(1)} s`,
    );
    const hub = await spawnHub({ dataDir, port: await freePort() });
    try {
      const token = await login(hub.url, 'supervisor');
      const timed = async (format: 'json' | 'csv') => {
        const started = performance.now();
        const response = await fetch(
          `${hub.url}/api/v1/reports?from=${range.from}&to=${range.to}&format=${format}`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        const body = await response.text();
        if (response.status !== 200)
          throw new Error(`report ${response.status}: ${body.slice(0, 300)}`);
        return { ms: performance.now() - started, bytes: body.length };
      };
      await timed('json'); // warm-up: statement caches, JIT
      const json: number[] = [];
      let jsonBytes = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const run = await timed('json');
        json.push(run.ms);
        jsonBytes = run.bytes;
      }
      const csv: number[] = [];
      for (let i = 0; i < RUNS; i += 1) csv.push((await timed('csv')).ms);
      json.sort((a, b) => a - b);
      csv.sort((a, b) => a - b);
      const result = {
        tickets: range.tickets,
        fillMs,
        jsonMedianMs: percentile(json, 0.5),
        jsonP95Ms: percentile(json, 0.95),
        csvMedianMs: percentile(csv, 0.5),
        jsonBytes,
      };
      log(
        `  GET /reports over ${DAYS} days: median ${result.jsonMedianMs.toFixed(0)} ms, p95 ${result.jsonP95Ms.toFixed(0)} ms ` +
          `(${RUNS} runs, ${(jsonBytes / 1024).toFixed(0)} KB); CSV (rows) median ${result.csvMedianMs.toFixed(0)} ms`,
      );
      return result;
    } finally {
      await hub.kill('SIGTERM');
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runReports((line) => console.log(line)).then(
    (result) => {
      console.log(JSON.stringify(result));
      process.exit(result.jsonP95Ms <= 1000 ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
