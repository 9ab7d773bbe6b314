import type { ReportTable } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { CsvButton } from './report-csv';

/** Props of {@link SectionHeader}. */
export type SectionHeaderProps = {
  /** A section's title line is a plain block; a chart's is its figure's caption. */
  as: 'div' | 'figcaption';
  /** h3 for a part of the report, h4 for a chart inside the charts' band. */
  level: 'h3' | 'h4';
  /** The heading's id, which names the section or figure. */
  id: string;
  title: string;
  /** The table its CSV button downloads; null for a part without one. */
  table: ReportTable | null;
};

/**
 * A part's title line: its heading, and "Descargar CSV" of its table beside it, so sections and
 * charts offer their tables in the same place.
 */
export function SectionHeader({
  as: Line,
  level: Heading,
  id,
  title,
  table,
}: SectionHeaderProps): ReactNode {
  return (
    <Line className="reports-section__header">
      <Heading id={id}>{title}</Heading>
      {table ? <CsvButton table={table} title={title} /> : null}
    </Line>
  );
}
