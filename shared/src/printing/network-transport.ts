import net from 'node:net';
import type { Result } from '../protocol/result';
import { err, ok } from '../protocol/result';
import type { StatusProblem } from './escpos-status';
import {
  parseStatusReply,
  STATUS_QUERY,
  STATUS_REPLY_LENGTH,
  statusProblem,
} from './escpos-status';
import type { PrinterError } from './printer-error';
import { printerError } from './printer-error';
import type {
  PrinterStatus,
  PrinterTransport,
  PrintResult,
  StatusResult,
} from './printer-transport';

/** Options of {@link createNetworkTransport}; everything but `host` has a default. */
export type NetworkTransportOptions = {
  host: string;
  /** 9100, the raw printing port of network printers. */
  port?: number;
  /** For the hub's record; `tcp://host:port` unless told. */
  name?: string;
  /** Per connection attempt. */
  connectTimeoutMs?: number;
  /** Connection attempts before PRINTER_OFFLINE; only connecting is retried. */
  connectAttempts?: number;
  retryDelayMs?: number;
  /** Ask the printer for its status (`DLE EOT`) before printing; turn off for models without it. */
  checkStatus?: boolean;
  statusTimeoutMs?: number;
  /** From the first ticket byte until the last one has left this computer. */
  writeTimeoutMs?: number;
  /** After the last byte: how long to wait for the printer to close the connection or reset it. */
  closeGraceMs?: number;
  /** Opens the connection; tests inject a wrapper around `net.connect`. */
  connect?: (port: number, host: string) => net.Socket;
};

type Settings = Required<Omit<NetworkTransportOptions, 'name'>>;

const PROBLEM_MESSAGES = {
  PRINTER_NO_PAPER: 'ticket.printer.noPaper',
  PRINTER_COVER_OPEN: 'ticket.printer.coverOpen',
  PRINTER_ERROR: 'ticket.printer.error',
  PRINTER_OFFLINE: 'ticket.printer.offline',
} as const satisfies Record<StatusProblem, string>;

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One connection attempt: the connected socket, or why it failed. */
function connectOnce(settings: Settings): Promise<net.Socket | { failure: string }> {
  return new Promise((resolve) => {
    const socket = settings.connect(settings.port, settings.host);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ failure: 'ETIMEDOUT' });
    }, settings.connectTimeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ failure: errorCode(error) });
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      // Errors after a phase has settled (a reset while closing) must not crash the process.
      socket.on('error', () => undefined);
      resolve(socket);
    });
  });
}

/**
 * Connects, retrying only here: a connection that was never established carried no byte, so
 * trying again cannot print a ticket twice. Once bytes may have reached the printer, a retry could.
 */
async function connectWithRetry(
  settings: Settings,
  attempts: number,
): Promise<Result<net.Socket, PrinterError>> {
  let failure = '';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const outcome = await connectOnce(settings);
    if (outcome instanceof net.Socket) return ok(outcome);
    failure = outcome.failure;
    if (attempt < attempts) await delay(settings.retryDelayMs);
  }
  return err(
    printerError('PRINTER_OFFLINE', 'ticket.printer.offline', {
      details: { host: settings.host, port: settings.port, attempts, cause: failure },
    }),
  );
}

/** Sends the status query and reads the three answer bytes. */
function queryStatus(socket: net.Socket, timeoutMs: number): Promise<StatusResult> {
  return new Promise((resolve) => {
    let reply = Buffer.alloc(0);
    const finish = (result: StatusResult) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < STATUS_REPLY_LENGTH) return;
      const status = parseStatusReply(reply.subarray(0, STATUS_REPLY_LENGTH));
      finish(
        status
          ? ok(status)
          : err(
              printerError('PRINTER_ERROR', 'ticket.printer.statusUnreadable', {
                details: { reply: [...reply.subarray(0, STATUS_REPLY_LENGTH)] },
              }),
            ),
      );
    };
    const onClose = () => finish(err(printerError('PRINTER_OFFLINE', 'ticket.printer.offline')));
    const timer = setTimeout(
      () => finish(err(printerError('PRINTER_TIMEOUT', 'ticket.printer.statusTimeout'))),
      timeoutMs,
    );
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.write(STATUS_QUERY);
  });
}

/**
 * Writes the ticket and closes our side. Success is the printer closing the connection after
 * reading everything (or staying quiet for `closeGraceMs` after the last byte left); a reset or an
 * error is PRINTER_ERROR and a stalled write PRINTER_TIMEOUT. Neither is retried: part of the
 * ticket may already be on paper.
 */
function writeTicket(
  socket: net.Socket,
  bytes: Uint8Array,
  settings: Settings,
): Promise<Result<true, PrinterError>> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout;
    let settled = false;
    const finish = (result: Result<true, PrinterError>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    timer = setTimeout(
      () => finish(err(printerError('PRINTER_TIMEOUT', 'ticket.printer.timeout'))),
      settings.writeTimeoutMs,
    );
    socket.on('error', (error) =>
      finish(
        err(
          printerError('PRINTER_ERROR', 'ticket.printer.connectionLost', {
            details: { cause: errorCode(error) },
          }),
        ),
      ),
    );
    socket.once('close', (hadError) => {
      if (!hadError) finish(ok(true));
    });
    socket.once('finish', () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(ok(true)), settings.closeGraceMs);
    });
    socket.resume();
    socket.end(bytes);
  });
}

/**
 * A network printer on raw TCP (`tcp://host:9100`). Each ticket: connect (retried when the
 * connection cannot be made), ask the printer's status with `DLE EOT` and refuse with a coded
 * error when it has no paper, its cover is open or it is offline, then send the bytes and close.
 */
export function createNetworkTransport(options: NetworkTransportOptions): PrinterTransport {
  const settings: Settings = {
    host: options.host,
    port: options.port ?? 9100,
    connectTimeoutMs: options.connectTimeoutMs ?? 3000,
    connectAttempts: Math.max(1, options.connectAttempts ?? 3),
    retryDelayMs: options.retryDelayMs ?? 300,
    checkStatus: options.checkStatus ?? true,
    statusTimeoutMs: options.statusTimeoutMs ?? 2000,
    writeTimeoutMs: options.writeTimeoutMs ?? 15000,
    closeGraceMs: options.closeGraceMs ?? 2000,
    connect: options.connect ?? ((port, host) => net.connect({ port, host })),
  };
  const name = options.name ?? `tcp://${settings.host}:${settings.port}`;

  async function status(): Promise<StatusResult> {
    const connected = await connectWithRetry(settings, 1);
    if (!connected.ok) return connected;
    const result = await queryStatus(connected.value, settings.statusTimeoutMs);
    connected.value.destroy();
    return result;
  }

  async function send(bytes: Uint8Array): Promise<PrintResult> {
    const connected = await connectWithRetry(settings, settings.connectAttempts);
    if (!connected.ok) return connected;
    const socket = connected.value;
    let checked: PrinterStatus | null = null;
    if (settings.checkStatus) {
      const result = await queryStatus(socket, settings.statusTimeoutMs);
      if (!result.ok) {
        socket.destroy();
        return result;
      }
      const problem = statusProblem(result.value);
      if (problem !== null) {
        socket.destroy();
        return err(
          printerError(problem, PROBLEM_MESSAGES[problem], { details: { status: result.value } }),
        );
      }
      checked = result.value;
    }
    const written = await writeTicket(socket, bytes, settings);
    if (!written.ok) return written;
    return ok({
      printer: name,
      bytes: bytes.length,
      ...(checked?.paperNearEnd ? { paperNearEnd: true } : {}),
    });
  }

  return { name, send, status };
}
