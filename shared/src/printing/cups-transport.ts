import { spawn } from 'node:child_process';
import { err, ok } from '../protocol/result';
import { printerError } from './printer-error';
import type { PrinterTransport, PrintResult } from './printer-transport';

/** The part of a child process the CUPS transport uses (node's `ChildProcess` has it). */
export type SpawnedProcess = {
  stdin: {
    end(chunk: Uint8Array): unknown;
    on(event: 'error', listener: () => void): unknown;
  } | null;
  stderr: { on(event: 'data', listener: (chunk: Buffer | string) => void): unknown } | null;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: (code: number | null) => void): unknown;
  kill(): unknown;
};

/** Starts a program; node's `child_process.spawn` in production, a fake in tests. */
export type SpawnFn = (command: string, args: readonly string[]) => SpawnedProcess;

/** Options of {@link createCupsTransport}. */
export type CupsTransportOptions = {
  /** The CUPS queue, set up as a raw queue for the thermal printer. */
  queue: string;
  name?: string;
  timeoutMs?: number;
  spawn?: SpawnFn;
};

/** CUPS queue names: letters, digits, `_ . -`, not starting with `-` (it would read as an option). */
export const CUPS_QUEUE_NAME = /^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,126}$/;

function defaultSpawn(command: string, args: readonly string[]): SpawnedProcess {
  return spawn(command, [...args], { stdio: ['pipe', 'ignore', 'pipe'] });
}

/**
 * A printer behind a CUPS raw queue: `lp -d QUEUE -o raw` with the bytes on standard input (no
 * shell, no temporary file). Success means the queue accepted the job, not that it printed: the
 * receipt says `queued`. The program is injected so tests run without CUPS.
 */
export function createCupsTransport(options: CupsTransportOptions): PrinterTransport {
  const name = options.name ?? `lp:${options.queue}`;
  const run = options.spawn ?? defaultSpawn;
  const timeoutMs = options.timeoutMs ?? 15000;

  function send(bytes: Uint8Array): Promise<PrintResult> {
    if (!CUPS_QUEUE_NAME.test(options.queue)) {
      return Promise.resolve(
        err(
          printerError('PRINTER_CONFIG_INVALID', 'ticket.printer.invalidConfig', {
            params: { detail: `el nombre de cola «${options.queue}» no es válido.` },
          }),
        ),
      );
    }
    return new Promise((resolve) => {
      let stderr = '';
      let settled = false;
      let child: SpawnedProcess | undefined;
      const timer = setTimeout(() => {
        child?.kill();
        finish(
          err(
            printerError('PRINTER_TIMEOUT', 'ticket.printer.timeout', {
              details: { queue: options.queue },
            }),
          ),
        );
      }, timeoutMs);
      const finish = (result: PrintResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      try {
        child = run('lp', ['-d', options.queue, '-o', 'raw']);
      } catch (error) {
        finish(queueError(error));
        return;
      }
      child.on('error', (error) => finish(queueError(error)));
      child.stderr?.on('data', (chunk) => {
        stderr = (stderr + String(chunk)).slice(0, 500);
      });
      child.on('close', (code) => {
        if (code === 0) {
          finish(ok({ printer: name, bytes: bytes.length, queued: true }));
          return;
        }
        const reason = stderr.trim() || `código de salida ${code ?? 'desconocido'}`;
        finish(
          err(
            printerError('PRINTER_ERROR', 'ticket.printer.queueFailed', {
              params: { queue: options.queue, reason },
              details: { exitCode: code, stderr: stderr.trim() },
            }),
          ),
        );
      });
      // lp exiting early (unknown queue) closes its stdin: that error is reported by 'close'.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(bytes);
    });
  }

  function queueError(error: unknown): PrintResult {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return err(
      code === 'ENOENT'
        ? printerError('PRINTER_ERROR', 'ticket.printer.queueMissing', { details: { cause: code } })
        : printerError('PRINTER_ERROR', 'ticket.printer.unexpected', {
            params: { reason: code },
            details: { cause: code },
          }),
    );
  }

  return { name, send };
}
