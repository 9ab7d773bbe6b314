import net from 'node:net';

/** Options of {@link startFakeNetworkPrinter}. */
export type FakeNetworkPrinterOptions = {
  /** Answers to DLE EOT 1, 2 and 4 (a ready printer: 0x12 0x12 0x12). */
  status?: { printer: number; cause: number; paper: number };
  /** Do not answer status queries (a model without DLE EOT). */
  silent?: boolean;
  /** Reset the connection after receiving this many ticket bytes (a printer dying mid-ticket). */
  dieAfterBytes?: number;
};

/** A fake raw-TCP printer for tests, listening on 127.0.0.1 on a free port. */
export type FakeNetworkPrinter = {
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  /** Status queries received (DLE EOT n, in order). */
  queries(): number[];
  /** The ticket bytes of each connection (everything after the status queries). */
  jobs(): Buffer[];
  close(): Promise<void>;
};

const READY = { printer: 0x12, cause: 0x12, paper: 0x12 };

/**
 * Starts a fake network printer that behaves like an ESC/POS printer on port 9100: it answers the
 * real-time status queries at the start of a connection with one byte each and keeps the rest as
 * the ticket; it closes when the client closes (as printers do), or resets mid-ticket when told.
 */
export async function startFakeNetworkPrinter(
  options: FakeNetworkPrinterOptions = {},
): Promise<FakeNetworkPrinter> {
  const status = options.status ?? READY;
  const jobs: Buffer[] = [];
  const queries: number[] = [];
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const index = jobs.push(Buffer.alloc(0)) - 1;
    let pending = Buffer.alloc(0);
    let inTicket = false;
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      // Status queries come first, three bytes each; the first other byte starts the ticket.
      while (!inTicket && pending.length >= 3 && pending[0] === 0x10 && pending[1] === 0x04) {
        const n = pending[2] ?? 0;
        queries.push(n);
        pending = pending.subarray(3);
        if (!options.silent) {
          socket.write(
            Buffer.from([n === 1 ? status.printer : n === 2 ? status.cause : status.paper]),
          );
        }
      }
      if (!inTicket && pending.length > 0 && !(pending[0] === 0x10 && pending.length < 3)) {
        inTicket = true;
      }
      if (!inTicket) return;
      jobs[index] = Buffer.concat([jobs[index] ?? Buffer.alloc(0), pending]);
      pending = Buffer.alloc(0);
      if (
        options.dieAfterBytes !== undefined &&
        (jobs[index]?.length ?? 0) >= options.dieAfterBytes
      ) {
        socket.resetAndDestroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    connections: () => connections,
    queries: () => [...queries],
    jobs: () => jobs.map((job) => Buffer.from(job)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (connections are refused). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
