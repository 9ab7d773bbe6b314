import type Database from 'better-sqlite3';
import type {
  NewProcedureRun,
  ProcedureRunRepository,
  StoredProcedureRun,
  TaxPaymentRecord,
} from '../procedures/procedure-run-repository';

type RunRow = {
  id: number;
  request_key: string;
  command: string;
  at: number;
  office_day: string;
  ticket_id: string | null;
  service_id: string | null;
  procedure_id: string | null;
  kind: string;
  by_user: string;
  window_id: string | null;
  result_kind: string | null;
  result_ref: string | null;
  summary: string;
  fee: number;
};

type PaymentRow = {
  receipt_number: string;
  payment_id: string;
  at: number;
  office_day: string;
  taxpayer_code: string;
  total: number;
  method: string;
  reference: string | null;
  by_user: string;
  window_id: string | null;
  ticket_id: string | null;
};

const RESULT_KINDS = ['expediente', 'receipt', 'record'] as const;

function toRun(row: RunRow): StoredProcedureRun {
  const kind = RESULT_KINDS.find((k) => k === row.result_kind);
  return {
    id: row.id,
    requestKey: row.request_key,
    command: row.command,
    at: row.at,
    officeDay: row.office_day,
    ticketId: row.ticket_id,
    serviceId: row.service_id,
    procedureId: row.procedure_id,
    kind: row.kind,
    by: row.by_user,
    windowId: row.window_id,
    result: kind && row.result_ref !== null ? { kind, ref: row.result_ref } : null,
    summary: row.summary,
    fee: row.fee,
  };
}

/** The procedure runs and tax payments of the ledger database `db` (already migrated). */
export function createSqliteProcedureRuns(db: Database.Database): ProcedureRunRepository {
  const selectResponse = db
    .prepare<[string], string>('SELECT response_json FROM procedure_runs WHERE request_key = ?')
    .pluck();
  const insertRun = db.prepare<Omit<RunRow, 'id'> & { response_json: string }>(
    `INSERT INTO procedure_runs (request_key, command, at, office_day, ticket_id, service_id,
       procedure_id, kind, by_user, window_id, result_kind, result_ref, summary, fee, response_json)
     VALUES (@request_key, @command, @at, @office_day, @ticket_id, @service_id, @procedure_id,
       @kind, @by_user, @window_id, @result_kind, @result_ref, @summary, @fee, @response_json)`,
  );
  const setResponse = db.prepare<[string, number]>(
    'UPDATE procedure_runs SET response_json = ? WHERE id = ?',
  );
  const setResult = db.prepare<[string, string, number]>(
    'UPDATE procedure_runs SET result_kind = ?, result_ref = ? WHERE id = ?',
  );
  const setResponseByKey = db.prepare<[string, string]>(
    'UPDATE procedure_runs SET response_json = ? WHERE request_key = ?',
  );
  const insertPayment = db.prepare<PaymentRow>(
    `INSERT INTO tax_payments (receipt_number, payment_id, at, office_day, taxpayer_code, total,
       method, reference, by_user, window_id, ticket_id)
     VALUES (@receipt_number, @payment_id, @at, @office_day, @taxpayer_code, @total, @method,
       @reference, @by_user, @window_id, @ticket_id)
     ON CONFLICT DO NOTHING`,
  );
  const selectRunsOfTicket = db.prepare<[string], RunRow>(
    `SELECT id, request_key, command, at, office_day, ticket_id, service_id, procedure_id, kind,
       by_user, window_id, result_kind, result_ref, summary, fee
     FROM procedure_runs WHERE ticket_id = ? ORDER BY id`,
  );
  const selectPayment = db.prepare<[string], PaymentRow>(
    'SELECT * FROM tax_payments WHERE receipt_number = ?',
  );
  const countPayments = db
    .prepare<[string], number>('SELECT count(*) FROM tax_payments WHERE payment_id = ?')
    .pluck();

  const record = db.transaction(
    (run: NewProcedureRun, respond: (id: number) => unknown): unknown => {
      const { lastInsertRowid } = insertRun.run({
        request_key: run.requestKey,
        command: run.command,
        at: run.at,
        office_day: run.officeDay,
        ticket_id: run.ticketId,
        service_id: run.serviceId,
        procedure_id: run.procedureId,
        kind: run.kind,
        by_user: run.by,
        window_id: run.windowId,
        result_kind: null,
        result_ref: null,
        summary: run.summary,
        fee: run.fee,
        response_json: 'null',
      });
      const id = Number(lastInsertRowid);
      const result = typeof run.result === 'function' ? run.result(id) : run.result;
      if (result) setResult.run(result.kind, result.ref, id);
      const response = respond(id);
      setResponse.run(JSON.stringify(response) ?? 'null', id);
      return response;
    },
  );

  return {
    findResponse(requestKey) {
      const json = selectResponse.get(requestKey);
      return json === undefined ? undefined : (JSON.parse(json) as unknown);
    },
    record: <T>(run: NewProcedureRun, respond: (id: number) => T): T => record(run, respond) as T,
    updateResponse(requestKey, response) {
      setResponseByKey.run(JSON.stringify(response) ?? 'null', requestKey);
    },
    recordTaxPayment(payment: TaxPaymentRecord) {
      insertPayment.run({
        receipt_number: payment.receiptNumber,
        payment_id: payment.paymentId,
        at: payment.at,
        office_day: payment.officeDay,
        taxpayer_code: payment.taxpayerCode,
        total: payment.total,
        method: payment.method,
        reference: payment.reference,
        by_user: payment.by,
        window_id: payment.windowId,
        ticket_id: payment.ticketId,
      });
    },
    atomically: <T>(work: () => T): T => db.transaction(work)(),
    runsOfTicket: (ticketId) => selectRunsOfTicket.all(ticketId).map(toRun),
    taxPayment(receiptNumber) {
      const row = selectPayment.get(receiptNumber);
      return row
        ? {
            receiptNumber: row.receipt_number,
            paymentId: row.payment_id,
            at: row.at,
            officeDay: row.office_day,
            taxpayerCode: row.taxpayer_code,
            total: row.total,
            method: row.method,
            reference: row.reference,
            by: row.by_user,
            windowId: row.window_id,
            ticketId: row.ticket_id,
          }
        : null;
    },
    countTaxPayments: (paymentId) => countPayments.get(paymentId) ?? 0,
  };
}
