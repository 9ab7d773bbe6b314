import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { quotePapeleta } from '@cac/shared/domain';
import type { CivilDate, PapeletaDiscountRules, WorkingCalendar } from '@cac/shared/domain';
import { err, ok } from '@cac/shared/protocol';
import type { Result } from '@cac/shared/protocol';
import { normalizeDebtQuery } from './debt-lookup';
import type {
  DebtKind,
  DebtQuote,
  PaymentRequest,
  TaxDebt,
  TaxLedger,
  TaxProblem,
  TaxReceipt,
} from './tax-ledger';

/** The embedded ledger: the connector, plus what only a local store can do. */
export type LocalTaxLedger = TaxLedger & {
  /** Adds or updates debts by id in one transaction; a paid debt keeps its payment. */
  upsertDebts(debts: readonly TaxDebt[]): { added: number; updated: number };
  /** Number of debts stored (paid or not). */
  size(): number;
  close(): void;
};

type DebtRow = {
  id: string;
  kind: string;
  taxpayer_code: string;
  taxpayer_name: string;
  document: string | null;
  plate: string | null;
  concept: string;
  period: string;
  amount: number;
  due_on: string | null;
  infraction_code: string | null;
  imposed_on: string | null;
  notified_on: string | null;
  paid_receipt: string | null;
};

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS debts (
    id              TEXT    PRIMARY KEY,
    kind            TEXT    NOT NULL,
    taxpayer_code   TEXT    NOT NULL,
    taxpayer_name   TEXT    NOT NULL,
    document        TEXT,
    plate           TEXT,
    concept         TEXT    NOT NULL,
    period          TEXT    NOT NULL,
    amount          INTEGER NOT NULL CHECK (amount >= 0),
    due_on          TEXT,
    infraction_code TEXT,
    imposed_on      TEXT,
    notified_on     TEXT,
    paid_receipt    TEXT
  ) STRICT;
  CREATE INDEX IF NOT EXISTS debts_by_taxpayer ON debts (taxpayer_code);
  CREATE INDEX IF NOT EXISTS debts_by_document ON debts (document);
  CREATE INDEX IF NOT EXISTS debts_by_plate ON debts (plate);
  CREATE TABLE IF NOT EXISTS payments (
    payment_id     TEXT    PRIMARY KEY,
    receipt_number TEXT    NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    sequence       INTEGER NOT NULL,
    debt_ids       TEXT    NOT NULL,
    receipt_json   TEXT    NOT NULL,
    UNIQUE (year, sequence)
  ) STRICT;
`;

const NON_CASH_NEEDS_REFERENCE = new Set(['tarjeta', 'transferencia', 'yape']);

function toDebt(row: DebtRow): TaxDebt {
  return {
    id: row.id,
    kind: row.kind as DebtKind,
    taxpayerCode: row.taxpayer_code,
    taxpayerName: row.taxpayer_name,
    document: row.document,
    plate: row.plate,
    concept: row.concept,
    period: row.period,
    amount: row.amount,
    dueOn: row.due_on,
    papeleta:
      row.infraction_code !== null && row.imposed_on !== null
        ? {
            infractionCode: row.infraction_code,
            imposedOn: row.imposed_on,
            notifiedOn: row.notified_on,
          }
        : null,
  };
}

/** Same ids, same order, same length: the request a retry repeats. */
function sameDebts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * Opens (creating if needed) the embedded tax ledger at `file`. Discounts follow `rules`, working
 * days follow `calendar()` (read at each quote: holidays are configuration and may change).
 * Payments are written in one transaction: a debt is paid once, a payment id is used once.
 */
export function openLocalTaxLedger(options: {
  file: string;
  rules: () => PapeletaDiscountRules;
  calendar: () => WorkingCalendar;
}): LocalTaxLedger {
  mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);

  const byTaxpayer = db.prepare<[string], DebtRow>(
    'SELECT * FROM debts WHERE taxpayer_code = ? AND paid_receipt IS NULL ORDER BY due_on, id',
  );
  const byDocument = db.prepare<[string], DebtRow>(
    'SELECT * FROM debts WHERE document = ? AND paid_receipt IS NULL ORDER BY due_on, id',
  );
  const byPlate = db.prepare<[string], DebtRow>(
    'SELECT * FROM debts WHERE plate = ? AND paid_receipt IS NULL ORDER BY due_on, id',
  );
  const debtById = db.prepare<[string], DebtRow>('SELECT * FROM debts WHERE id = ?');
  const paymentById = db.prepare<[string], { debt_ids: string; receipt_json: string }>(
    'SELECT debt_ids, receipt_json FROM payments WHERE payment_id = ?',
  );
  const receiptByNumber = db.prepare<[string], { receipt_json: string }>(
    'SELECT receipt_json FROM payments WHERE receipt_number = ?',
  );
  const lastSequence = db.prepare<[number], { last: number | null }>(
    'SELECT MAX(sequence) AS last FROM payments WHERE year = ?',
  );
  const insertPayment = db.prepare(
    'INSERT INTO payments (payment_id, receipt_number, year, sequence, debt_ids, receipt_json) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const markPaid = db.prepare(
    'UPDATE debts SET paid_receipt = ? WHERE id = ? AND paid_receipt IS NULL',
  );
  const upsert = db.prepare(`
    INSERT INTO debts (id, kind, taxpayer_code, taxpayer_name, document, plate, concept, period,
                       amount, due_on, infraction_code, imposed_on, notified_on)
    VALUES (@id, @kind, @taxpayerCode, @taxpayerName, @document, @plate, @concept, @period,
            @amount, @dueOn, @infractionCode, @imposedOn, @notifiedOn)
    ON CONFLICT (id) DO UPDATE SET
      kind = excluded.kind, taxpayer_code = excluded.taxpayer_code,
      taxpayer_name = excluded.taxpayer_name, document = excluded.document, plate = excluded.plate,
      concept = excluded.concept, period = excluded.period, amount = excluded.amount,
      due_on = excluded.due_on, infraction_code = excluded.infraction_code,
      imposed_on = excluded.imposed_on, notified_on = excluded.notified_on
  `);
  const countDebts = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM debts');

  function quoteDebt(debt: TaxDebt, paidOn: CivilDate): DebtQuote {
    if (debt.kind !== 'papeleta' || debt.papeleta === null) {
      return {
        debtId: debt.id,
        amount: debt.amount,
        discountPercent: 0,
        discount: 0,
        toPay: debt.amount,
        discountReason: null,
      };
    }
    const quote = quotePapeleta(
      { ...debt.papeleta, amount: debt.amount },
      paidOn,
      options.rules(),
      options.calendar(),
    );
    return {
      debtId: debt.id,
      amount: debt.amount,
      discountPercent: quote.percent,
      discount: quote.discount,
      toPay: quote.toPay,
      discountReason: quote.reason,
    };
  }

  /** The unpaid debts named by `ids`, or the first reason one of them cannot be paid. */
  function payable(ids: readonly string[]): Result<TaxDebt[], TaxProblem> {
    const debts: TaxDebt[] = [];
    for (const id of ids) {
      const row = debtById.get(id);
      if (!row) return err({ code: 'TAX_DEBT_NOT_FOUND', debtId: id });
      if (row.paid_receipt !== null) {
        return err({ code: 'TAX_DEBT_ALREADY_PAID', debtId: id, receiptNumber: row.paid_receipt });
      }
      debts.push(toDebt(row));
    }
    return ok(debts);
  }

  const payOnce = db.transaction((request: PaymentRequest): Result<TaxReceipt, TaxProblem> => {
    const earlier = paymentById.get(request.paymentId);
    if (earlier) {
      const receipt = JSON.parse(earlier.receipt_json) as TaxReceipt;
      return sameDebts(JSON.parse(earlier.debt_ids) as string[], request.debtIds)
        ? ok(receipt)
        : err({ code: 'TAX_PAYMENT_ID_REUSED', receiptNumber: receipt.receiptNumber });
    }
    const ids = [...new Set(request.debtIds)];
    if (ids.length === 0) return err({ code: 'TAX_NOTHING_TO_PAY' });
    const reference = request.reference?.trim() || null;
    if (NON_CASH_NEEDS_REFERENCE.has(request.method) && reference === null) {
      return err({ code: 'TAX_REFERENCE_REQUIRED' });
    }
    const found = payable(ids);
    if (!found.ok) return found;
    const debts = found.value;
    const first = debts[0];
    if (!first || debts.some((debt) => debt.taxpayerCode !== first.taxpayerCode)) {
      return err({ code: 'TAX_DEBTS_OF_SEVERAL_TAXPAYERS' });
    }
    const year = Number(request.paidOn.slice(0, 4));
    const sequence = (lastSequence.get(year)?.last ?? 0) + 1;
    const receiptNumber = `REC-${year}-${String(sequence).padStart(6, '0')}`;
    const lines = debts.map((debt) => ({
      ...quoteDebt(debt, request.paidOn),
      concept: debt.concept,
    }));
    const receipt: TaxReceipt = {
      receiptNumber,
      paymentId: request.paymentId,
      at: request.at,
      paidOn: request.paidOn,
      method: request.method,
      reference,
      taxpayerCode: first.taxpayerCode,
      taxpayerName: first.taxpayerName,
      lines,
      total: lines.reduce((sum, line) => sum + line.toPay, 0),
      by: request.by,
      windowId: request.windowId,
    };
    insertPayment.run(
      request.paymentId,
      receiptNumber,
      year,
      sequence,
      JSON.stringify(ids),
      JSON.stringify(receipt),
    );
    for (const debt of debts) markPaid.run(receiptNumber, debt.id);
    return ok(receipt);
  });

  const upsertAll = db.transaction((debts: readonly TaxDebt[]) => {
    let added = 0;
    for (const debt of debts) {
      if (!debtById.get(debt.id)) added += 1;
      upsert.run({
        ...debt,
        infractionCode: debt.papeleta?.infractionCode ?? null,
        imposedOn: debt.papeleta?.imposedOn ?? null,
        notifiedOn: debt.papeleta?.notifiedOn ?? null,
      });
    }
    return { added, updated: debts.length - added };
  });

  return {
    async findDebts(query) {
      const normalized = normalizeDebtQuery(query);
      if (!normalized.ok) return normalized;
      const q = normalized.value;
      const rows =
        q.by === 'taxpayer'
          ? byTaxpayer.all(q.code)
          : q.by === 'document'
            ? byDocument.all(q.document)
            : byPlate.all(q.plate);
      return ok(rows.map(toDebt));
    },
    async quote(debtIds, paidOn) {
      const found = payable([...new Set(debtIds)]);
      if (!found.ok) return found;
      return ok(found.value.map((debt) => quoteDebt(debt, paidOn)));
    },
    async pay(request) {
      return payOnce.immediate(request);
    },
    async receipt(receiptNumber) {
      const row = receiptByNumber.get(receiptNumber);
      return row ? (JSON.parse(row.receipt_json) as TaxReceipt) : null;
    },
    upsertDebts(debts) {
      return upsertAll.immediate(debts);
    },
    size() {
      return countDebts.get()?.n ?? 0;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
