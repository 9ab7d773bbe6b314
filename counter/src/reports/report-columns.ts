import type { DurationStats, SlaCompliance } from '@cac/shared/protocol';
import type { CounterTextKey } from '../counter-text';
import type { Column } from './data-table';
import type { TicketCounts } from './ticket-counts';
import { TICKET_COUNTS } from './ticket-counts';
import type { ReportText } from './use-report-text';

/**
 * The columns of the report's tables, headed from the catalog and written with the report's
 * number formats, so a figure reads the same in every table it appears in.
 */
export type ReportColumns = {
  /** Words (a name, a category): left-aligned. */
  label<Row>(header: CounterTextKey, cell: (row: Row) => string): Column<Row>;
  /** A figure already written (money, a decimal): right-aligned. */
  figure<Row>(header: CounterTextKey, cell: (row: Row) => string): Column<Row>;
  count<Row>(header: CounterTextKey, value: (row: Row) => number): Column<Row>;
  minutes<Row>(header: CounterTextKey, value: (row: Row) => number | null): Column<Row>;
  /** Emitidos, Atendidos, … Transferidos, in the summary's order. */
  ticketCounts<Row extends TicketCounts>(): Column<Row>[];
  /** The average, median and 90th-percentile wait. */
  waits<Row>(wait: (row: Row) => DurationStats): Column<Row>[];
  /** "Dentro de la meta": `301 de 389 (77.4%)`. */
  sla<Row>(sla: (row: Row) => SlaCompliance): Column<Row>;
};

/** {@link ReportColumns} in the words and formats of `text`. */
export function reportColumns(text: ReportText): ReportColumns {
  const { t } = text;
  const figure = <Row>(header: CounterTextKey, cell: (row: Row) => string): Column<Row> => ({
    header: t(header),
    cell,
    numeric: true,
  });
  const count = <Row>(header: CounterTextKey, value: (row: Row) => number) =>
    figure<Row>(header, (row) => text.count(value(row)));
  const minutes = <Row>(header: CounterTextKey, value: (row: Row) => number | null) =>
    figure<Row>(header, (row) => text.minutes(value(row)));
  return {
    label: (header, cell) => ({ header: t(header), cell }),
    figure,
    count,
    minutes,
    ticketCounts: () => TICKET_COUNTS.map((key) => count(`reports.col.${key}`, (row) => row[key])),
    waits: (wait) => [
      minutes('reports.col.avgWait', (row) => wait(row).avgMin),
      minutes('reports.col.medianWait', (row) => wait(row).medianMin),
      minutes('reports.col.p90Wait', (row) => wait(row).p90Min),
    ],
    sla: (sla) => figure('reports.col.sla', (row) => text.sla(sla(row))),
  };
}
