#!/usr/bin/env node
// `npm run import-debts -w hub -- deudas.csv`: loads a CSV of debts (columns in debt-csv.ts) into
// the embedded tax ledger of the data folder (CAC_DATA_DIR, default ./data). All or nothing.
import path from 'node:path';
import { importDebtsFile } from './import-debts';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('Uso: npm run import-debts -w hub -- <archivo.csv>\n');
    process.exit(2);
  }
  const base = process.env['INIT_CWD'] ?? process.cwd();
  const dataDir = path.resolve(base, process.env['CAC_DATA_DIR'] ?? 'data');
  const result = await importDebtsFile(path.resolve(base, file), dataDir);
  if (!result.ok) {
    process.stderr.write('No se importó nada. Corrija el archivo:\n');
    for (const problem of result.problems) {
      process.stderr.write(
        `  ${problem.line > 0 ? `línea ${problem.line}: ` : ''}${problem.message}\n`,
      );
    }
    process.exit(1);
  }
  process.stdout.write(
    `Deudas importadas en ${dataDir}: ${result.added} nuevas, ${result.updated} actualizadas.\n`,
  );
}

void main();
