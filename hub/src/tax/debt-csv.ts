import { parseCivilDate, parseSoles } from '@cac/shared/domain';
import type { CivilDate } from '@cac/shared/domain';
import type { CsvProblem } from '../csv/csv';
import { parseCsv } from '../csv/csv';
import { normalizePlate, validateDocument } from './debt-lookup';
import { DEBT_KINDS } from './tax-ledger';
import type { DebtKind, TaxDebt } from './tax-ledger';

/** The columns of a debts file, as the SAT's export or a spreadsheet names them. */
export const DEBT_CSV_COLUMNS = [
  'tipo',
  'codigo_contribuyente',
  'contribuyente',
  'documento',
  'placa',
  'concepto',
  'periodo',
  'monto',
  'vencimiento',
  'infraccion',
  'fecha_imposicion',
  'fecha_notificacion',
] as const;

type Column = (typeof DEBT_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = [
  'tipo',
  'codigo_contribuyente',
  'contribuyente',
  'concepto',
  'periodo',
  'monto',
];
/** More problems than this and the file is clearly not a debts file: stop listing. */
const MAX_PROBLEMS = 50;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export type DebtCsvResult = { ok: true; debts: TaxDebt[] } | { ok: false; problems: CsvProblem[] };

/** `2026-11-23` or `23/11/2026` (how Excel in Peru writes dates). */
function readDate(text: string): CivilDate | null {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : text;
  return parseCivilDate(iso);
}

function normalizeHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '_');
}

/**
 * Reads a debts file for the embedded ledger. All or nothing: any problem (with its line and a
 * Spanish sentence) and no debt is returned, so an import never leaves half a file in the ledger.
 */
export function readDebtsCsv(text: string): DebtCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const [header, ...body] = parsed.rows;
  if (!header) return { ok: false, problems: [{ line: 1, message: 'El archivo está vacío.' }] };
  const index = new Map(header.map((cell, i) => [normalizeHeader(cell), i]));
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [{ line: 1, message: `Faltan las columnas: ${missing.join(', ')}.` }],
    };
  }
  const problems: CsvProblem[] = [];
  const debts: TaxDebt[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const line = i + 2;
    const cell = (column: Column): string => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const problem = (message: string) => problems.push({ line, message });
    const before = problems.length;

    const kind = cell('tipo').toLowerCase();
    if (!(DEBT_KINDS as readonly string[]).includes(kind)) {
      problem(`El tipo "${cell('tipo')}" no existe: use predial, arbitrios o papeleta.`);
    }
    for (const column of REQUIRED) {
      if (column !== 'tipo' && cell(column) === '') problem(`Falta ${column}.`);
    }
    const amount = parseSoles(cell('monto'));
    if (cell('monto') !== '' && !amount.ok) {
      problem(`El monto "${cell('monto')}" no es un importe en soles (p. ej. 125.50).`);
    }
    let document: string | null = null;
    if (cell('documento') !== '') {
      const raw = cell('documento');
      const check = validateDocument(raw);
      if (check.valid) document = check.normalized;
      else problem(`El documento "${raw}" no es un DNI ni un RUC válido.`);
    }
    const dates: Partial<Record<Column, CivilDate | null>> = {};
    for (const column of ['vencimiento', 'fecha_imposicion', 'fecha_notificacion'] as const) {
      const raw = cell(column);
      if (raw === '') dates[column] = null;
      else {
        dates[column] = readDate(raw);
        if (dates[column] === null) {
          problem(`La fecha "${raw}" de ${column} no es válida (use 2026-11-23 o 23/11/2026).`);
        }
      }
    }
    if (kind === 'papeleta' && (cell('infraccion') === '' || !dates.fecha_imposicion)) {
      problem('Una papeleta necesita infraccion y fecha_imposicion.');
    }
    if (problems.length > before || !amount.ok) return;

    const taxpayerCode = cell('codigo_contribuyente').toUpperCase();
    const id = `${kind}:${taxpayerCode}:${cell('periodo')}`;
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      problem(`La deuda ${id} ya aparece en la línea ${firstLine}.`);
      return;
    }
    seen.set(id, line);
    debts.push({
      id,
      kind: kind as DebtKind,
      taxpayerCode,
      taxpayerName: cell('contribuyente'),
      document,
      plate: cell('placa') === '' ? null : normalizePlate(cell('placa')),
      concept: cell('concepto'),
      period: cell('periodo'),
      amount: amount.value,
      dueOn: dates.vencimiento ?? null,
      papeleta:
        kind === 'papeleta' && dates.fecha_imposicion
          ? {
              infractionCode: cell('infraccion').toUpperCase(),
              imposedOn: dates.fecha_imposicion,
              notifiedOn: dates.fecha_notificacion ?? null,
            }
          : null,
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, debts };
}
