import type { ReportTable } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import { useCounterT } from '../counter-text';

/** How a section asks for its table's CSV, and which one is on its way. */
export type ReportCsv = {
  download(table: ReportTable, title: string): void;
  busy: ReportTable | null;
};

const ReportCsvContext = createContext<ReportCsv>({ download: () => {}, busy: null });

/** Gives the sections below the report's CSV download. */
export const ReportCsvProvider = ReportCsvContext.Provider;

/**
 * "Descargar CSV" for one table. The table's name follows the visible words in the button's name,
 * so a screen reader's list of buttons says which of the many it is (and voice control still
 * finds it by what it shows).
 */
export function CsvButton({ table, title }: { table: ReportTable; title: string }): ReactNode {
  const t = useCounterT();
  const { download, busy } = useContext(ReportCsvContext);
  const mine = busy === table;
  const label = mine ? t('reports.csv.downloading') : t('reports.csv.download');
  return (
    <button
      type="button"
      className="button reports-csv"
      aria-label={`${label} ${t('reports.csv.of', { table: title })}`}
      aria-disabled={mine || undefined}
      onClick={() => {
        if (!mine) download(table, title);
      }}
    >
      {label}
    </button>
  );
}
