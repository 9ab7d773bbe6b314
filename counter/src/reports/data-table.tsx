import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';

/** One column of a {@link DataTable}. */
export type Column<Row> = {
  header: string;
  cell(row: Row): ReactNode;
  /** Figures are right-aligned with tabular digits so they can be compared down the column. */
  numeric?: boolean;
};

/** Props of {@link DataTable}. */
export type DataTableProps<Row> = {
  /** The table's accessible name (usually its section's title). */
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): string;
  /** The first column names the row (a row header), as a screen reader announces it. */
  rowHeader?: boolean;
  /** Sums or totals under the rows. */
  footer?: readonly ReactNode[];
};

/** A report table, or "No hay datos en este rango." when it has no rows. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  rowHeader = true,
  footer,
}: DataTableProps<Row>): ReactNode {
  const t = useCounterT();
  if (rows.length === 0) return <p className="reports-empty-table">{t('reports.table.empty')}</p>;
  const numeric = (column: Column<Row>) => (column.numeric ? 'reports-num' : undefined);
  return (
    <table className="data-table reports-table" aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={numeric(column)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column, position) =>
              rowHeader && position === 0 ? (
                <th key={column.header} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={column.header} className={numeric(column)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr>
            {footer.map((cell, position) =>
              position === 0 ? (
                <th key={position} scope="row">
                  {cell}
                </th>
              ) : (
                <td
                  key={position}
                  className={columns[position]?.numeric ? 'reports-num' : undefined}
                >
                  {cell}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
