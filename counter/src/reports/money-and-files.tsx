import type { ExpedienteState } from '@cac/shared/domain';
import { EXPEDIENTE_STATES } from '@cac/shared/domain';
import { expedienteStateName } from '@cac/shared/i18n';
import type { PaymentReport, ReportView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import type { CounterTextKey } from '../counter-text';
import type { Column } from './data-table';
import { DataTable } from './data-table';
import { ReportSection } from './report-section';
import type { ReportText } from './use-report-text';

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
export function ExpedientesSection({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count, language } = text;
  const { expedientes } = report;
  const title = t('reports.expedientes.heading');
  const columns: Column<StateRow>[] = [
    {
      header: t('reports.expedientes.state'),
      // State names from the shared catalog, the same words as the back office and the public page.
      cell: (row) =>
        isExpedienteState(row.state) ? expedienteStateName(row.state, language) : row.state,
    },
    { header: t('reports.expedientes.count'), cell: (row) => count(row.count), numeric: true },
  ];
  return (
    <ReportSection title={title} table="expedientes">
      <dl className="reports-facts">
        <div>
          <dt>{t('reports.expedientes.opened')}</dt>
          <dd>{count(expedientes.opened)}</dd>
        </div>
        <div className={expedientes.overdue > 0 ? 'reports-facts--alert' : undefined}>
          <dt>{t('reports.expedientes.overdue')}</dt>
          <dd>
            {expedientes.overdue > 0
              ? t('reports.expedientes.overdueSign', { count: count(expedientes.overdue) })
              : count(0)}
          </dd>
        </div>
      </dl>
      <DataTable
        label={title}
        columns={columns}
        rows={expedientes.byState}
        rowKey={(row) => row.state}
      />
    </ReportSection>
  );
}

/** Payments collected: how many, the total in soles, and per method. */
export function PaymentsSection({
  report,
  text,
}: {
  report: ReportView;
  text: ReportText;
}): ReactNode {
  const { t, count, soles } = text;
  const { payments } = report;
  const title = t('reports.payments.heading');
  const methodName = (method: string) => {
    const key = METHOD_KEYS[method];
    return key ? t(key) : method;
  };
  const columns: Column<MethodRow>[] = [
    { header: t('reports.payments.method'), cell: (row) => methodName(row.method) },
    { header: t('reports.payments.count'), cell: (row) => count(row.count), numeric: true },
    { header: t('reports.payments.total'), cell: (row) => soles(row.totalCents), numeric: true },
  ];
  return (
    <ReportSection title={title} table="payments">
      <dl className="reports-facts">
        <div>
          <dt>{t('reports.payments.count')}</dt>
          <dd>{count(payments.count)}</dd>
        </div>
        <div>
          <dt>{t('reports.payments.total')}</dt>
          <dd>{soles(payments.totalCents)}</dd>
        </div>
      </dl>
      <DataTable
        label={title}
        columns={columns}
        rows={payments.byMethod}
        rowKey={(row) => row.method}
      />
    </ReportSection>
  );
}
