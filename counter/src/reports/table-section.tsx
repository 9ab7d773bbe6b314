import type { ReportTable } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { DataTableProps } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';

/** Props of {@link TableSection}: a {@link DataTable}'s, named by the section's title. */
export type TableSectionProps<Row> = Omit<DataTableProps<Row>, 'label'> & {
  title: string;
  table: ReportTable;
  className?: string;
  /** What the section says before its table (a reading, its key figures). */
  children?: ReactNode;
};

/**
 * A part of the report that is one table: the table is named by the section's title, so a
 * screen reader's list of tables reads the same words as the headings.
 */
export function TableSection<Row>({
  title,
  table,
  className,
  children,
  ...tableProps
}: TableSectionProps<Row>): ReactNode {
  return (
    <ReportSection title={title} table={table} className={className}>
      {children}
      <DataTable label={title} {...tableProps} />
    </ReportSection>
  );
}
