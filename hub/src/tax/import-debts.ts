import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { workingCalendar } from '@cac/shared/domain';
import type { CsvProblem } from '../csv/csv';
import { readDebtsCsv } from './debt-csv';
import { openLocalTaxLedger } from './local-tax-ledger';

/** What an import did, or every reason it did nothing. */
export type DebtImportResult =
  { ok: true; added: number; updated: number } | { ok: false; problems: readonly CsvProblem[] };

/** The embedded tax ledger's file in a data folder. */
export function taxLedgerFile(dataDir: string): string {
  return path.join(dataDir, 'tax-ledger.sqlite');
}

/**
 * Reads a debts CSV and stores it in the data folder's embedded tax ledger, all or nothing: a
 * file with any problem changes nothing. Debts already paid keep their payment.
 */
export async function importDebtsFile(csvFile: string, dataDir: string): Promise<DebtImportResult> {
  let text: string;
  try {
    text = await readFile(csvFile, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      problems: [{ line: 0, message: `No se pudo leer ${csvFile} (${reason}).` }],
    };
  }
  const read = readDebtsCsv(text);
  if (!read.ok) return read;
  // Importing only stores debts: discount rules and holidays matter when quoting, not here.
  const ledger = openLocalTaxLedger({
    file: taxLedgerFile(dataDir),
    rules: () => ({
      earlyPercent: 0,
      earlyWorkingDays: 0,
      beforeNotificationPercent: 0,
      excludedInfractions: [],
    }),
    calendar: () => workingCalendar([]),
  });
  try {
    return { ok: true, ...ledger.upsertDebts(read.debts) };
  } finally {
    ledger.close();
  }
}
