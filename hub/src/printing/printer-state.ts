import type { KioskPrinterView } from '@cac/shared/protocol';
import { printerConditionOf } from '@cac/shared/protocol';
import type { StoredPrintJob } from '../ledger/ledger-repository';

/**
 * The printer's state after one more outcome. A run of outcomes with the same condition keeps the
 * moment it began (`since`), so a supervisor reads "sin papel desde las 10:02" rather than the time
 * of the latest refused ticket; a failure adds to the tickets that did not print in a row, and a
 * successful print clears that count.
 */
export function nextPrinterView(
  previous: KioskPrinterView | null,
  job: StoredPrintJob,
): KioskPrinterView {
  const condition = printerConditionOf(
    job.ok ? { ok: true, paperNearEnd: job.paperNearEnd } : { ok: false, code: job.code ?? '' },
  );
  const sameRun = previous !== null && previous.condition === condition;
  return {
    condition,
    code: job.ok ? null : job.code,
    message: job.ok ? null : job.message,
    since: sameRun ? previous.since : job.at,
    lastAt: job.at,
    lastNumber: job.number,
    failedInRow: job.ok ? 0 : (previous?.failedInRow ?? 0) + 1,
    source: job.source,
  };
}

/** The printer's state after these outcomes, oldest first; null when there are none. */
export function printerViewOf(jobs: readonly StoredPrintJob[]): KioskPrinterView | null {
  let view: KioskPrinterView | null = null;
  for (const job of jobs) view = nextPrinterView(view, job);
  return view;
}
