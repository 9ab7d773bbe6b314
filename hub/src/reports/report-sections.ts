import { EXPEDIENTE_STATES } from '@cac/shared/domain';
import type {
  ExpedienteReport,
  PaymentReport,
  ProcedureReportRow,
  SatisfactionReport,
} from '@cac/shared/protocol';
import type {
  ReportExpedienteRow,
  ReportPaymentRow,
  ReportRatingRow,
  ReportRunRow,
} from './report-source';
import { redactComment } from './redact-comment';

/** How many of the latest comments a report carries. */
const LATEST_COMMENTS = 20;

/** States after which an expediente no longer runs against its legal deadline. */
const FINISHED_STATES: ReadonlySet<string> = new Set([
  'resuelto',
  'notificado',
  'archivado',
  'no-presentado',
]);

/** Runs per procedure: how many, what they produced, fees charged; busiest first. */
export function procedureRows(
  runs: readonly ReportRunRow[],
  names: ReadonlyMap<string, string>,
): ProcedureReportRow[] {
  const byProcedure = new Map<
    string,
    { id: string; kind: string; runs: number; fees: number; results: Map<string, number> }
  >();
  for (const run of runs) {
    const id = run.procedureId ?? run.kind;
    const key = `${id}\u0000${run.kind}`;
    let entry = byProcedure.get(key);
    if (!entry) {
      entry = { id, kind: run.kind, runs: 0, fees: 0, results: new Map() };
      byProcedure.set(key, entry);
    }
    entry.runs += 1;
    entry.fees += run.fee;
    const result = run.result ?? 'sin-resultado';
    entry.results.set(result, (entry.results.get(result) ?? 0) + 1);
  }
  return [...byProcedure.values()]
    .sort((a, b) => b.runs - a.runs || a.id.localeCompare(b.id))
    .map((entry) => ({
      procedureId: entry.id,
      procedureName: names.get(entry.id) ?? entry.id,
      kind: entry.kind,
      runs: entry.runs,
      results: [...entry.results]
        .map(([result, count]) => ({ result, count }))
        .sort((a, b) => b.count - a.count || a.result.localeCompare(b.result)),
      feesCents: entry.fees,
    }));
}

/** Expedientes opened, by current state in life-cycle order, and how many are overdue today. */
export function expedienteReport(
  rows: readonly ReportExpedienteRow[],
  today: string,
): ExpedienteReport {
  const byState = new Map<string, number>();
  let overdue = 0;
  for (const row of rows) {
    byState.set(row.state, (byState.get(row.state) ?? 0) + 1);
    if (row.dueOn !== null && row.dueOn < today && !FINISHED_STATES.has(row.state)) overdue += 1;
  }
  const order = (state: string) => {
    const index = (EXPEDIENTE_STATES as readonly string[]).indexOf(state);
    return index === -1 ? EXPEDIENTE_STATES.length : index;
  };
  return {
    opened: rows.length,
    byState: [...byState]
      .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
      .map(([state, count]) => ({ state, count })),
    overdue,
  };
}

/** Payments collected, in céntimos, in total and per method (largest first). */
export function paymentReport(rows: readonly ReportPaymentRow[]): PaymentReport {
  const byMethod = new Map<string, { count: number; totalCents: number }>();
  let totalCents = 0;
  for (const row of rows) {
    totalCents += row.total;
    const entry = byMethod.get(row.method) ?? { count: 0, totalCents: 0 };
    entry.count += 1;
    entry.totalCents += row.total;
    byMethod.set(row.method, entry);
  }
  return {
    count: rows.length,
    totalCents,
    byMethod: [...byMethod]
      .map(([method, entry]) => ({ method, ...entry }))
      .sort((a, b) => b.totalCents - a.totalCents || a.method.localeCompare(b.method)),
  };
}

/** Ratings: average, 1–5 distribution and the latest comments, anonymous and masked. */
export function satisfactionReport(
  rows: readonly ReportRatingRow[],
  serviceName: (id: string) => string,
): SatisfactionReport {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const row of rows) {
    sum += row.score;
    const index = row.score - 1;
    if (index >= 0 && index < 5) distribution[index] = (distribution[index] ?? 0) + 1;
  }
  const comments = rows
    .filter((row) => row.comment !== null && row.comment.trim() !== '')
    .sort((a, b) => b.at - a.at)
    .slice(0, LATEST_COMMENTS)
    .map((row) => ({
      at: row.at,
      score: row.score,
      serviceName: serviceName(row.serviceId),
      comment: redactComment(row.comment ?? ''),
    }));
  return {
    count: rows.length,
    average: rows.length === 0 ? null : Math.round((sum / rows.length) * 100) / 100,
    distribution,
    comments,
  };
}
