import type { ReportTable, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { SectionHeader } from './section-header';
import type { ReportText } from './use-report-text';

/** What every part of the report is drawn from: the report, and how to write its figures. */
export type ReportPartProps = { report: ReportView; text: ReportText };

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
      <SectionHeader as="div" level="h3" id={headingId} title={title} table={table} />
      {children}
    </section>
  );
}
