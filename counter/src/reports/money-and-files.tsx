import type { ExpedienteState } from '@cac/shared/domain';
import { EXPEDIENTE_STATES } from '@cac/shared/domain';
import { expedienteStateName } from '@cac/shared/i18n';
import type { PaymentReport, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { CounterTextKey } from '../counter-text';
import { catalogName } from './catalog-name';
import type { Column } from './data-table';
import { FigureList } from './figure-list';
import { reportColumns } from './report-columns';
import type { ReportPartProps } from './report-section';
import { TableSection } from './table-section';

type StateRow = ReportView['expedientes']['byState'][number];
type MethodRow = PaymentReport['byMethod'][number];

const METHOD_KEYS: Readonly<Record<string, CounterTextKey>> = {
  efectivo: 'reports.method.efectivo',
  tarjeta: 'reports.method.tarjeta',
  transferencia: 'reports.method.transferencia',
  yape: 'reports.method.yape',
};

const KNOWN_STATES: ReadonlySet<string> = new Set(EXPEDIENTE_STATES);

function isExpedienteState(state: string): state is ExpedienteState {
  return KNOWN_STATES.has(state);
}

/** Expedientes opened in the range, where they stand now, and how many are past their time limit. */
export function ExpedientesSection({ report, text }: ReportPartProps): ReactNode {
  const { t, count, language } = text;
  const { expedientes } = report;
  const col = reportColumns(text);
  const columns: Column<StateRow>[] = [
    // State names from the shared catalog, the same words as the back office and the public page.
    col.label('reports.expedientes.state', (row) =>
      isExpedienteState(row.state) ? expedienteStateName(row.state, language) : row.state,
    ),
    col.count('reports.expedientes.count', (row) => row.count),
  ];
  const overdue = expedientes.overdue > 0;
  return (
    <TableSection
      title={t('reports.expedientes.heading')}
      table="expedientes"
      columns={columns}
      rows={expedientes.byState}
      rowKey={(row) => row.state}
    >
      <FigureList
        className="reports-facts"
        items={[
          { term: t('reports.expedientes.opened'), value: count(expedientes.opened) },
          {
            term: t('reports.expedientes.overdue'),
            value: overdue
              ? t('reports.expedientes.overdueSign', { count: count(expedientes.overdue) })
              : count(0),
            className: overdue ? 'reports-facts--alert' : undefined,
          },
        ]}
      />
    </TableSection>
  );
}

/** Payments collected: how many, the total in soles, and per method. */
export function PaymentsSection({ report, text }: ReportPartProps): ReactNode {
  const { t, count, soles } = text;
  const { payments } = report;
  const col = reportColumns(text);
  const columns: Column<MethodRow>[] = [
    col.label('reports.payments.method', (row) => catalogName(METHOD_KEYS, row.method, t)),
    col.count('reports.payments.count', (row) => row.count),
    col.figure('reports.payments.total', (row) => soles(row.totalCents)),
  ];
  return (
    <TableSection
      title={t('reports.payments.heading')}
      table="payments"
      columns={columns}
      rows={payments.byMethod}
      rowKey={(row) => row.method}
    >
      <FigureList
        className="reports-facts"
        items={[
          { term: t('reports.payments.count'), value: count(payments.count) },
          { term: t('reports.payments.total'), value: soles(payments.totalCents) },
        ]}
      />
    </TableSection>
  );
}
