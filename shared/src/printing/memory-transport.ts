import { ok } from '../protocol/result';
import type {
  PrintLabel,
  PrinterStatus,
  PrinterTransport,
  PrintResult,
  StatusResult,
} from './printer-transport';

/** A job a memory printer received. */
export type MemoryPrintJob = { bytes: Uint8Array; label?: PrintLabel };

/** A printer that keeps what it receives, for tests. */
export type MemoryTransport = PrinterTransport & {
  /** Jobs in the order they were sent (including those answered with an error). */
  readonly jobs: readonly MemoryPrintJob[];
};

/** Options of {@link createMemoryTransport}. */
export type MemoryTransportOptions = {
  name?: string;
  /** Answers each job (index from 0); success unless told. May be slow, to test queues. */
  respond?: (job: MemoryPrintJob, index: number) => PrintResult | Promise<PrintResult>;
  /** The status it reports; a ready printer unless told. */
  status?: PrinterStatus;
};

const READY: PrinterStatus = {
  online: true,
  coverOpen: false,
  paperOut: false,
  paperNearEnd: false,
  error: false,
};

/** A printer in memory: records every job and answers as told. For tests and demos. */
export function createMemoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  const name = options.name ?? 'memory';
  const jobs: MemoryPrintJob[] = [];
  return {
    name,
    jobs,
    async send(bytes, label) {
      const job: MemoryPrintJob = label
        ? { bytes: Uint8Array.from(bytes), label }
        : { bytes: Uint8Array.from(bytes) };
      const index = jobs.length;
      jobs.push(job);
      return options.respond
        ? options.respond(job, index)
        : ok({ printer: name, bytes: bytes.length });
    },
    async status(): Promise<StatusResult> {
      return ok(options.status ?? READY);
    },
  };
}
