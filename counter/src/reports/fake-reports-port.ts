import type { ReportTable, ReportView } from '@cac/shared/protocol';
import type { ReportQuery, ReportsError, ReportsPort } from './reports-port';
import { csvFilename } from './reports-port';
import { SAMPLE_REPORT } from './sample-report';

// A stand-in for the hub's report endpoint in component tests (not a test file itself): it
// answers every query with the same report (its filters echoing the query), records the calls,
// and can refuse or be unreachable once.

/** A call the fake received, in order. */
export type FakeReportsCall =
  | { name: 'load'; query: ReportQuery }
  | { name: 'downloadCsv'; query: ReportQuery; table: ReportTable };

/** The fake port, with what tests look at and steer. */
export type FakeReportsPort = ReportsPort & {
  readonly calls: FakeReportsCall[];
  /** The next call fails with this refusal, or as unreachable with `null`. */
  failNext(error: ReportsError): void;
  /** The report the next loads answer with. */
  setReport(report: ReportView): void;
  /** Holds the next load until the returned function is called (to see the loading state). */
  holdNext(): () => void;
};

/** A fake {@link ReportsPort} answering with `report` (the sample week by default). */
export function createFakeReportsPort(report: ReportView = SAMPLE_REPORT): FakeReportsPort {
  const calls: FakeReportsCall[] = [];
  let current = report;
  let failure: { error: ReportsError } | null = null;
  let held: Promise<void> | null = null;

  function takeFailure(): { ok: false; error: ReportsError } | null {
    if (!failure) return null;
    const { error } = failure;
    failure = null;
    return { ok: false, error };
  }

  return {
    calls,
    failNext(error) {
      failure = { error };
    },
    setReport(next) {
      current = next;
    },
    holdNext() {
      let release = () => {};
      held = new Promise((resolve) => {
        release = resolve;
      });
      return () => release();
    },
    async load(query) {
      calls.push({ name: 'load', query });
      if (held) {
        const waiting = held;
        held = null;
        await waiting;
      }
      const failed = takeFailure();
      if (failed) return failed;
      return { ok: true, value: { ...current, filters: { ...query } } };
    },
    async downloadCsv(query, table) {
      calls.push({ name: 'downloadCsv', query, table });
      const failed = takeFailure();
      if (failed) return failed;
      const blob = new Blob(['\uFEFFservicio,emitidos\r\nOrientación,30\r\n'], {
        type: 'text/csv;charset=utf-8',
      });
      return { ok: true, value: { blob, filename: csvFilename(query, table) } };
    },
  };
}
