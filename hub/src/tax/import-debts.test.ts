import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workingCalendar } from '@cac/shared/domain';
import { importDebtsFile, taxLedgerFile } from './import-debts';
import { openLocalTaxLedger } from './local-tax-ledger';

const HEADER = 'tipo,codigo_contribuyente,contribuyente,concepto,periodo,monto,vencimiento';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function debtsOf(code: string) {
  const ledger = openLocalTaxLedger({
    file: taxLedgerFile(dir),
    rules: () => ({
      earlyPercent: 83,
      earlyWorkingDays: 5,
      beforeNotificationPercent: 67,
      excludedInfractions: [],
    }),
    calendar: () => workingCalendar([]),
  });
  try {
    const found = await ledger.findDebts({ by: 'taxpayer', code });
    return found.ok ? found.value.map((debt) => [debt.period, debt.amount]) : [];
  } finally {
    ledger.close();
  }
}

describe('importing a debts file into the embedded tax ledger', () => {
  it('adds new debts, then updates them on a second import', async () => {
    const file = path.join(dir, 'deudas.csv');
    await writeFile(
      file,
      `${HEADER}\npredial,C-9,Ana,Predial 2026 – cuota 4,2026-4,87.50,30/11/2026\n`,
    );
    expect(await importDebtsFile(file, dir)).toEqual({ ok: true, added: 1, updated: 0 });
    await writeFile(
      file,
      `${HEADER}\npredial,C-9,Ana,Predial 2026 – cuota 4,2026-4,90.00,30/11/2026\n`,
    );
    expect(await importDebtsFile(file, dir)).toEqual({ ok: true, added: 0, updated: 1 });
    expect(await debtsOf('C-9')).toEqual([['2026-4', 9_000]]);
  });

  it('changes nothing when a line is wrong, and says which', async () => {
    const file = path.join(dir, 'deudas.csv');
    await writeFile(
      file,
      `${HEADER}\npredial,C-9,Ana,Predial,2026-1,87.50,\nimpuesto,C-9,Ana,X,2026-2,10,\n`,
    );
    expect(await importDebtsFile(file, dir)).toEqual({
      ok: false,
      problems: [
        { line: 3, message: 'El tipo "impuesto" no existe: use predial, arbitrios o papeleta.' },
      ],
    });
    expect(await debtsOf('C-9')).toEqual([]);
  });

  it('explains a file that cannot be read', async () => {
    const result = await importDebtsFile(path.join(dir, 'no-existe.csv'), dir);
    expect(result).toMatchObject({ ok: false, problems: [{ line: 0 }] });
    expect(JSON.stringify(result)).toContain('No se pudo leer');
  });
});
