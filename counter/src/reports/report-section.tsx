import type { ReportTable } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { CsvButton } from './report-csv';

/** Props of {@link ReportSection}. */
export type ReportSectionProps = {
  title: string;
  /** The table its CSV button downloads; null for a section without one. */
  table: ReportTable | null;
  className?: string;
  children: ReactNode;
};

/** One part of the report: a titled region with its CSV button beside the title. */
export function ReportSection({
  title,
  table,
  className,
  children,
}: ReportSectionProps): ReactNode {
  const headingId = useId();
  return (
    <section
      className={`reports-section${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
    >
      <div className="reports-section__header">
        <h3 id={headingId}>{title}</h3>
        {table ? <CsvButton table={table} title={title} /> : null}
      </div>
      {children}
    </section>
  );
}
