import { err } from '../protocol/result';
import { printerError } from './printer-error';
import type { PrintLabel, PrinterTransport, PrintResult } from './printer-transport';

/** What the queue reports about each finished job (the hub records it; supervisors see it). */
export type PrintJobReport = {
  printer: string;
  label?: PrintLabel;
  bytes: number;
  result: PrintResult;
};

/** One printer's queue of jobs. */
export type PrintQueue = {
  readonly printer: string;
  /** Queues a ticket; resolves with its own result when its turn has come and gone. Never rejects. */
  print(bytes: Uint8Array, label?: PrintLabel): Promise<PrintResult>;
  /** Jobs waiting or printing. */
  pending(): number;
  /** Resolves when every job queued so far has finished. */
  idle(): Promise<void>;
};

/** Options of {@link createPrintQueue}. */
export type PrintQueueOptions = {
  /** Called once per job, in order, after it finished; an exception here is ignored. */
  onResult?: (report: PrintJobReport) => void;
};

/**
 * Runs the jobs of one printer one at a time, first in first out: two tickets sent at once to a
 * network printer would interleave their bytes (and their status queries) on the paper. A
 * transport that throws despite its contract gives PRINTER_ERROR for that job, and the queue goes
 * on with the next.
 */
export function createPrintQueue(
  transport: PrinterTransport,
  options: PrintQueueOptions = {},
): PrintQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;

  async function run(bytes: Uint8Array, label: PrintLabel | undefined): Promise<PrintResult> {
    let result: PrintResult;
    try {
      result = await transport.send(bytes, label);
    } catch (error) {
      result = err(
        printerError('PRINTER_ERROR', 'ticket.printer.unexpected', {
          params: { reason: error instanceof Error ? error.message : String(error) },
        }),
      );
    }
    try {
      options.onResult?.({
        printer: transport.name,
        ...(label ? { label } : {}),
        bytes: bytes.length,
        result,
      });
    } catch {
      // A failing listener must not stop the printer's queue.
    }
    return result;
  }

  return {
    printer: transport.name,
    print(bytes, label) {
      pending += 1;
      const job = tail.then(() => run(bytes, label));
      tail = job.finally(() => {
        pending -= 1;
      });
      return job;
    },
    pending: () => pending,
    async idle() {
      // Jobs queued while waiting extend the tail: wait until it stops moving.
      let seen: Promise<unknown>;
      do {
        seen = tail;
        await seen;
      } while (seen !== tail);
    },
  };
}
