import type { OfficeView } from '@cac/shared/protocol';
import { useHubState, useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describePortError } from './describe-port-error';

import type {
  ExpedienteDetail,
  ExpedienteFindPayload,
  ExpedienteFindValue,
  ExpedienteSummary,
  PortError,
  PortResult,
} from './expediente-port';
import { useExpedientePort } from './expediente-port';
import { ExpedienteDetailView } from './expediente-detail';
import { ExpedienteResults } from './expediente-results';
import { ExpedienteSearchForm } from './expediente-search-form';
import type { SearchForm } from './search-query';
import { EMPTY_SEARCH } from './search-query';
import { useCounterT } from '../counter-text';
import './backoffice.css';

/** Before the office view arrives, times are shown in Peru's zone (the suite's home). */
const DEFAULT_TIME_ZONE = 'America/Lima';

/**
 * Where a derivation may go: the destination offices of the expediente's procedure, or, when the
 * procedure has none listed (or is no longer in the catalog), every destination the office lists.
 */
export function destinationOffices(office: OfficeView | null, procedureName: string): string[] {
  const procedures = office?.services.flatMap((service) => service.procedures) ?? [];
  const own = procedures.find((procedure) => procedure.name === procedureName)?.destinationOffices;
  if (own && own.length > 0) return [...own];
  return [...new Set(procedures.flatMap((procedure) => procedure.destinationOffices ?? []))];
}

function summaryOf(detail: ExpedienteDetail): ExpedienteSummary {
  return {
    number: detail.number,
    documentTitle: detail.documentTitle,
    procedureName: detail.procedureName,
    applicantName: detail.applicantName,
    applicantDocument: detail.applicantDocument,
    state: detail.state,
    createdAt: detail.createdAt,
    dueOn: detail.dueOn,
    overdue: detail.overdue,
  };
}

type Opened =
  | { kind: 'none' }
  | { kind: 'loading'; number: string }
  | { kind: 'open'; expediente: ExpedienteDetail };

/**
 * The back office's expedientes: search (by number, applicant's document, state, days of
 * reception) and results, then one expediente in full with the moves its state allows. The
 * search and its results stay while an expediente is open, so "Volver" finds them as they were.
 * Talks to the hub through the {@link ExpedientePort} of its context.
 */
export function BackofficeView(): ReactNode {
  const t = useCounterT();
  const sharedT = useT();
  const language = useLanguage();
  const port = useExpedientePort();
  const { office } = useHubState();
  const timeZone = office?.timeZone ?? DEFAULT_TIME_ZONE;
  const [form, setForm] = useState<SearchForm>(EMPTY_SEARCH);
  const [results, setResults] = useState<readonly ExpedienteSummary[] | null>(null);
  const [searching, setSearching] = useState(port !== null);
  const [error, setError] = useState<PortError | null>(null);
  const [opened, setOpened] = useState<Opened>({ kind: 'none' });
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  /** The number whose row gets the focus back once the results show again. */
  const returnTo = useRef<string | null>(null);

  const settle = useCallback((result: PortResult<ExpedienteFindValue>) => {
    setSearching(false);
    if (result.ok) setResults(result.value.expedientes);
    else setError(result.error);
  }, []);

  async function search(payload: ExpedienteFindPayload): Promise<void> {
    if (!port) return;
    setSearching(true);
    setError(null);
    settle(await port.find(payload));
  }

  // The newest expedientes, until the first search.
  useEffect(() => {
    if (!port) return;
    let live = true;
    void port.find({}).then((result) => {
      if (live) settle(result);
    });
    return () => {
      live = false;
    };
  }, [port, settle]);

  async function open(number: string): Promise<void> {
    if (!port) return;
    setError(null);
    setOpened({ kind: 'loading', number });
    const result = await port.get({ number });
    if (result.ok) {
      setOpened({ kind: 'open', expediente: result.value.expediente });
    } else {
      setOpened({ kind: 'none' });
      returnTo.current = number;
      setError(result.error);
    }
  }

  const openedNumber = opened.kind === 'open' ? opened.expediente.number : null;
  useEffect(() => {
    if (openedNumber !== null) detailHeadingRef.current?.focus();
  }, [openedNumber]);
  useEffect(() => {
    if (opened.kind !== 'none' || returnTo.current === null) return;
    const number = returnTo.current;
    returnTo.current = null;
    const row = [...(resultsRef.current?.querySelectorAll<HTMLElement>('[data-number]') ?? [])];
    row.find((button) => button.dataset.number === number)?.focus();
  }, [opened]);

  function moved(detail: ExpedienteDetail): void {
    setOpened({ kind: 'open', expediente: detail });
    setResults(
      (rows) =>
        rows?.map((row) => (row.number === detail.number ? summaryOf(detail) : row)) ?? rows,
    );
  }

  if (!port) {
    return <p className="backoffice-loading">{t('backoffice.unavailable')}</p>;
  }

  return (
    <div className="backoffice">
      <h2 className="backoffice__title">{t('backoffice.heading')}</h2>
      {error ? (
        <p className="backoffice-error" role="alert">
          {describePortError(error, sharedT, language)}
        </p>
      ) : null}
      {opened.kind === 'open' ? (
        <ExpedienteDetailView
          expediente={opened.expediente}
          timeZone={timeZone}
          offices={destinationOffices(office, opened.expediente.procedureName)}
          headingRef={detailHeadingRef}
          onMoved={moved}
          onBack={() => {
            returnTo.current = opened.expediente.number;
            setOpened({ kind: 'none' });
          }}
        />
      ) : (
        <div className="backoffice__search" ref={resultsRef}>
          <ExpedienteSearchForm
            form={form}
            onChange={setForm}
            onSearch={(payload) => void search(payload)}
            busy={searching}
          />
          {opened.kind === 'loading' ? (
            <p className="backoffice-loading" role="status">
              {t('backoffice.detail.loading')}
            </p>
          ) : null}
          {results ? (
            <ExpedienteResults
              expedientes={results}
              timeZone={timeZone}
              onOpen={(n) => void open(n)}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
