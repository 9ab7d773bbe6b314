import type { CivilDate } from '@cac/shared/domain';
import { officeDayOf } from '@cac/shared/domain';
import type { ReportTable, ReportView } from '@cac/shared/protocol';
import { describeError, useHubState, useNow, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatCivilDate, formatDateTime } from '../backoffice/format';
import { useHubReportsPort } from './hub-reports-port';
import { ReportBody } from './report-body';
import { ReportCsvProvider } from './report-csv';
import type { FilterOption } from './filter-field';
import { ReportFiltersBar } from './report-filters';
import type { FilterForm, FilterProblem } from './report-filters-model';
import { defaultFilters, queryOf } from './report-filters-model';
import { formatHour } from './report-format';
import type { ReportQuery, ReportsError, ReportsPort } from './reports-port';
import { useReportsPort } from './reports-port';
import { saveBlob } from './save-blob';
import type { ReportText } from './use-report-text';
import { useReportText } from './use-report-text';
import './reports.css';

/** Before the office view arrives, days are Peru's (the suite's home). */
const DEFAULT_TIME_ZONE = 'America/Lima';

type Loaded = { query: ReportQuery; report: ReportView };
type Status = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; error: ReportsError };

/**
 * The supervisors' and administrators' reports (issue 7). Talks to the hub through the
 * {@link ReportsPort} of its context, or, without one, over the session's REST access.
 */
export function ReportsView(): ReactNode {
  const given = useReportsPort();
  return given ? <ReportsScreen port={given} /> : <HubReportsScreen />;
}

function HubReportsScreen(): ReactNode {
  const port = useHubReportsPort();
  return <ReportsScreen port={port} />;
}

/** An office list as choices to filter by (none before the office view arrives). */
function optionsOf(list: readonly FilterOption[] | undefined): FilterOption[] {
  return (list ?? []).map(({ id, name }) => ({ id, name }));
}

/** The clerks to filter by: the office's, plus any the last report names (a clerk since removed). */
function clerkOptions(
  staff: readonly { id: string; name: string; role: string }[],
  report: ReportView | null,
): FilterOption[] {
  const byId = new Map<string, string>();
  for (const person of staff) if (person.role === 'clerk') byId.set(person.id, person.name);
  for (const row of report?.clerks ?? [])
    if (!byId.has(row.clerkId)) byId.set(row.clerkId, row.clerkName);
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'es'));
}

function nameOf(options: readonly FilterOption[], id: string | null, all: string): string {
  if (id === null) return all;
  return options.find((option) => option.id === id)?.name ?? id;
}

function ReportsScreen({ port }: { port: ReportsPort }): ReactNode {
  const text: ReportText = useReportText();
  const { t, language } = text;
  const sharedT = useT();
  const { office, serverOffsetMs } = useHubState();
  const timeZone = office?.timeZone ?? DEFAULT_TIME_ZONE;
  // The office's day by the hub's clock: a supervisor's PC with a wrong date must not move "Hoy".
  // A minute is fine enough to notice midnight on a screen left open.
  const today: CivilDate = officeDayOf(useNow(serverOffsetMs, 60_000), timeZone);
  const [form, setForm] = useState<FilterForm>(() => defaultFilters(today));
  const [problem, setProblem] = useState<FilterProblem | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [csvBusy, setCsvBusy] = useState<ReportTable | null>(null);
  const [csvError, setCsvError] = useState<string | null>(null);
  /** Only the latest request may show its answer (a slow one must not replace a newer one). */
  const latest = useRef(0);

  const describe = useCallback(
    (error: ReportsError) =>
      error === null ? t('reports.unreachable') : describeError(error, sharedT, language),
    [t, sharedT, language],
  );

  const load = useCallback(
    async (query: ReportQuery) => {
      const request = ++latest.current;
      setStatus({ kind: 'loading' });
      const result = await port.load(query);
      if (request !== latest.current) return;
      if (result.ok) {
        setLoaded({ query, report: result.value });
        setStatus({ kind: 'idle' });
      } else {
        setStatus({ kind: 'failed', error: result.error });
      }
    },
    [port],
  );

  function submit(next: FilterForm): void {
    const query = queryOf(next);
    if (!query.ok) {
      setProblem(query.error);
      return;
    }
    setProblem(null);
    setCsvError(null);
    void load(query.value);
  }

  // Today's report as the screen opens: what a supervisor most often wants to see first.
  const first = useRef(form);
  useEffect(() => {
    const query = queryOf(first.current);
    if (query.ok) void load(query.value);
  }, [load]);

  const csv = useMemo(
    () => ({
      busy: csvBusy,
      download(table: ReportTable, title: string) {
        if (!loaded) return;
        setCsvBusy(table);
        setCsvError(null);
        void port.downloadCsv(loaded.query, table).then((result) => {
          setCsvBusy(null);
          if (result.ok) saveBlob(result.value.blob, result.value.filename);
          else
            setCsvError(t('reports.csv.failed', { table: title, reason: describe(result.error) }));
        });
      },
    }),
    [csvBusy, loaded, port, t, describe],
  );

  const services = optionsOf(office?.services);
  const windows = optionsOf(office?.windows);
  const clerks = clerkOptions(office?.staff ?? [], loaded?.report ?? null);

  function scopeOf({ query, report }: Loaded): string {
    return t('reports.scope', {
      service: nameOf(services, query.serviceId, t('reports.filters.anyService')),
      window: nameOf(windows, query.windowId, t('reports.filters.anyWindow')),
      clerk: nameOf(clerks, query.clerkId, t('reports.filters.anyClerk')),
      hourFrom: formatHour(query.hourFrom),
      hourTo: formatHour(query.hourTo),
      generatedAt: formatDateTime(report.generatedAt, timeZone, language),
    });
  }

  return (
    <div className="reports">
      <div className="reports__top">
        <h2>{t('reports.heading')}</h2>
        <button
          type="button"
          className="button reports-print"
          aria-disabled={loaded === null || undefined}
          onClick={() => {
            if (loaded) window.print();
          }}
        >
          {t('reports.print')}
        </button>
      </div>
      <ReportFiltersBar
        form={form}
        today={today}
        services={services}
        windows={windows}
        clerks={clerks}
        problem={problem}
        busy={status.kind === 'loading'}
        onChange={setForm}
        onSubmit={submit}
      />
      <div className="reports-status">
        {status.kind === 'loading' ? (
          <p role="status" className="reports-loading">
            {t('reports.loading')}
          </p>
        ) : null}
        {status.kind === 'failed' ? (
          <p role="alert" className="reports-error">
            {describe(status.error)}
          </p>
        ) : null}
        {csvError ? (
          <p role="alert" className="reports-error">
            {csvError}
          </p>
        ) : null}
      </div>
      {loaded ? (
        <ReportCsvProvider value={csv}>
          <ReportBody
            report={loaded.report}
            text={text}
            title={t('reports.title', {
              from: formatCivilDate(loaded.query.from),
              to: formatCivilDate(loaded.query.to),
            })}
            scope={scopeOf(loaded)}
            timeZone={timeZone}
          />
        </ReportCsvProvider>
      ) : null}
    </div>
  );
}
