import type Database from 'better-sqlite3';
import { daysBetween } from '../reports/local-clock';
import type {
  OpenDataTicketRow,
  ReportExpedienteRow,
  ReportPaymentRow,
  ReportRatingRow,
  ReportRunRow,
  ReportSource,
  ReportTicketRow,
  ReportWindowEvent,
  SourceFilters,
} from '../reports/report-source';

// A ticket moved while still waiting keeps waiting from its arrival; one moved after a window had
// it starts waiting again at the transfer. CASE evaluates the lookup only for continuations.
const ENTERED_AT = `CASE WHEN t.previous_ticket_id IS NULL THEN t.arrival_at
  WHEN (SELECT p.first_called_at FROM tickets p WHERE p.id = t.previous_ticket_id) IS NULL
  THEN t.arrival_at ELSE t.issued_at END`;

const FILTERS = (service: string, window: string, clerk: string): string =>
  `(@serviceId IS NULL OR ${service} = @serviceId)
   AND (@windowId IS NULL OR ${window} = @windowId)
   AND (@clerkId IS NULL OR ${clerk} = @clerkId)`;

const TICKETS_WHERE = `t.office_day BETWEEN @from AND @to
  AND ${FILTERS('t.service_id', 't.window_id', 't.clerk_id')}`;

/**
 * Over a month or more, reading the table straight through is several times faster than the
 * per-day index (which costs a row lookup per ticket); SQLite has no statistics to know it.
 */
const SCAN_FROM_DAYS = 28;
const ticketsFrom = (filters: SourceFilters): string =>
  daysBetween(filters.from, filters.to).length >= SCAN_FROM_DAYS
    ? 'tickets t NOT INDEXED'
    : 'tickets t';

type DistinctRow = {
  service_id: string;
  category: string;
  status: string;
  outcome: string | null;
  clerk_id: string | null;
};

/** A CASE giving the index of the column's value in `values` (-1 for NULL or anything else). */
function indexOf(column: string, values: readonly string[]): string {
  if (values.length === 0) return '-1';
  const whens = values.map((v, i) => `WHEN '${v.replaceAll("'", "''")}' THEN ${i}`).join(' ');
  return `CASE ${column} ${whens} ELSE -1 END`;
}

/** {@link ReportSource} over the ledger's tables: lean SELECTs through the per-day indexes. */
export function createSqliteReportSource(db: Database.Database): ReportSource {
  /**
   * The ticket rows of a range. Making ~185,000 JS strings per column was most of the cost of a
   * 90-day report, so SQLite maps every text column to its index in a small dictionary (read
   * first, with DISTINCT) and the rows come back as numbers; the objects then share the
   * dictionary's strings.
   */
  function ticketRows(filters: SourceFilters): ReportTicketRow[] {
    const from = ticketsFrom(filters);
    const combos = db
      .prepare<SourceFilters, DistinctRow>(
        `SELECT DISTINCT t.service_id, t.category, t.status, t.outcome, t.clerk_id
         FROM ${from} WHERE ${TICKETS_WHERE}`,
      )
      .all(filters);
    const dict = (pick: (row: DistinctRow) => string | null) => [
      ...new Set(combos.map(pick).filter((v): v is string => v !== null)),
    ];
    const services = dict((r) => r.service_id);
    const categories = dict((r) => r.category);
    const statuses = dict((r) => r.status);
    const outcomes = dict((r) => r.outcome);
    const clerks = dict((r) => r.clerk_id);
    const days = daysBetween(filters.from, filters.to);
    const rows = db
      .prepare<SourceFilters, number[]>(
        `SELECT CAST(julianday(t.office_day) - julianday(@from) AS INTEGER),
           ${indexOf('t.service_id', services)}, ${indexOf('t.category', categories)},
           ${indexOf('t.status', statuses)}, t.previous_ticket_id IS NULL, t.arrival_at,
           ${ENTERED_AT}, t.first_called_at, coalesce(t.started_at, t.called_at), t.finished_at,
           ${indexOf('t.outcome', outcomes)}, ${indexOf('t.clerk_id', clerks)}
         FROM ${from} WHERE ${TICKETS_WHERE}`,
      )
      .raw()
      .all(filters);
    return rows.map((r) => ({
      day: days[r[0] as number] ?? '',
      serviceId: services[r[1] as number] ?? '',
      category: categories[r[2] as number] ?? '',
      status: statuses[r[3] as number] ?? '',
      original: r[4] as number,
      arrivalAt: r[5] as number,
      enteredAt: r[6] as number,
      firstCalledAt: r[7] ?? null,
      begunAt: r[8] ?? null,
      finishedAt: r[9] ?? null,
      outcome: r[10] === -1 ? null : (outcomes[r[10] as number] ?? null),
      clerkId: r[11] === -1 ? null : (clerks[r[11] as number] ?? null),
    }));
  }
  // Few rows a day, found through events_by_type; the clerk who paused is the batch's actor.
  const windowEvents = db.prepare<SourceFilters, ReportWindowEvent>(
    `SELECT e.office_day AS day, e.type, e.at, json_extract(e.payload_json, '$.windowId') AS windowId,
       b.actor_id AS actorId
     FROM events e JOIN batches b ON b.seq = e.seq
     WHERE e.type IN ('window:paused', 'window:resumed', 'window:closed', 'day:closed')
       AND e.office_day BETWEEN @from AND @to
     ORDER BY e.seq, e.idx`,
  );
  const runs = db.prepare<SourceFilters, ReportRunRow>(
    // An acta copy links its attention to a record either way; what a report wants to know is
    // whether the copy was issued or the acta was not found.
    `SELECT procedure_id AS procedureId, kind,
       CASE WHEN command = 'procedure:acta-copy'
         THEN CASE json_extract(response_json, '$.result.kind') WHEN 'issued' THEN 'acta-copy' ELSE 'not-found' END
         ELSE coalesce(result_kind, summary) END AS result,
       fee, at
     FROM procedure_runs
     WHERE office_day BETWEEN @from AND @to AND ${FILTERS('service_id', 'window_id', 'by_user')}`,
  );
  const payments = db.prepare<SourceFilters, ReportPaymentRow>(
    `SELECT p.total, p.method, p.at, t.service_id AS serviceId
     FROM tax_payments p LEFT JOIN tickets t ON t.id = p.ticket_id
     WHERE p.office_day BETWEEN @from AND @to AND ${FILTERS('t.service_id', 'p.window_id', 'p.by_user')}`,
  );
  const expedientes = db.prepare<
    SourceFilters & { fromMs: number; toMs: number },
    ReportExpedienteRow
  >(
    `SELECT state, due_on AS dueOn, created_at AS createdAt
     FROM expedientes
     WHERE created_at >= @fromMs AND created_at < @toMs
       AND ${FILTERS('service_id', 'window_id', 'created_by')}`,
  );
  const ratings = db.prepare<SourceFilters, ReportRatingRow>(
    `SELECT at, score, comment, service_id AS serviceId
     FROM ratings
     WHERE office_day BETWEEN @from AND @to AND ${FILTERS('service_id', 'window_id', 'clerk_id')}`,
  );
  const openData = db.prepare<{ from: string; to: string }, OpenDataTicketRow>(
    `SELECT t.office_day AS day, t.service_id AS serviceId, t.previous_ticket_id IS NULL AS original,
       t.status, t.first_called_at - (${ENTERED_AT}) AS waitMs
     FROM tickets t WHERE t.office_day BETWEEN @from AND @to`,
  );
  const windowFilter = (filters: SourceFilters) => (event: ReportWindowEvent) =>
    event.type === 'day:closed' ||
    ((filters.windowId === null || event.windowId === filters.windowId) &&
      (filters.clerkId === null ||
        event.type !== 'window:paused' ||
        event.actorId === filters.clerkId));
  return {
    tickets: ticketRows,
    windowEvents: (filters) => windowEvents.all(filters).filter(windowFilter(filters)),
    procedureRuns: (filters) => runs.all(filters),
    payments: (filters) => payments.all(filters),
    expedientes: (filters, fromMs, toMs) => expedientes.all({ ...filters, fromMs, toMs }),
    ratings: (filters) => ratings.all(filters),
    openData: (from, to) => openData.all({ from, to }),
  };
}
