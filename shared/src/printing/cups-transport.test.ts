import { EventEmitter } from 'node:events';
import type { SpawnedProcess, SpawnFn } from './cups-transport';
import { createCupsTransport } from './cups-transport';

type FakeRun = { command: string; args: readonly string[]; stdin: Buffer; killed: boolean };

/** A fake `spawn` whose process exits as `behave` says once it has read its standard input. */
function fakeSpawn(
  behave: (run: FakeRun, child: EventEmitter & { stderr: EventEmitter }) => void,
): {
  spawn: SpawnFn;
  runs: FakeRun[];
} {
  const runs: FakeRun[] = [];
  const spawn: SpawnFn = (command, args) => {
    const run: FakeRun = { command, args, stdin: Buffer.alloc(0), killed: false };
    runs.push(run);
    const child = Object.assign(new EventEmitter(), { stderr: new EventEmitter() });
    const process: SpawnedProcess = {
      stdin: {
        end(chunk) {
          run.stdin = Buffer.from(chunk);
          setImmediate(() => behave(run, child));
        },
        on: () => undefined,
      },
      stderr: { on: (event, listener) => child.stderr.on(event, listener) },
      on: (
        event: 'error' | 'close',
        listener: ((error: Error) => void) | ((code: number | null) => void),
      ) => child.on(event, listener),
      kill() {
        run.killed = true;
      },
    };
    return process;
  };
  return { spawn, runs };
}

describe('CUPS transport (lp -d QUEUE -o raw)', () => {
  it('pipes the bytes to lp for the raw queue, and says the job is only queued', async () => {
    const { spawn, runs } = fakeSpawn((_run, child) => child.emit('close', 0));
    const bytes = Buffer.from('\x1b@hola\n');
    const result = await createCupsTransport({ queue: 'TICKETS', spawn }).send(bytes);
    expect(result).toEqual({
      ok: true,
      value: { printer: 'lp:TICKETS', bytes: bytes.length, queued: true },
    });
    expect(runs.map(({ command, args }) => ({ command, args }))).toEqual([
      { command: 'lp', args: ['-d', 'TICKETS', '-o', 'raw'] },
    ]);
    expect(runs[0]?.stdin).toEqual(bytes);
  });

  it('reports what lp said when the queue refuses the job', async () => {
    const { spawn } = fakeSpawn((_run, child) => {
      child.stderr.emit('data', 'lp: The printer or class does not exist.\n');
      child.emit('close', 1);
    });
    expect(
      await createCupsTransport({ queue: 'NOPE', spawn }).send(Buffer.from('x')),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_ERROR',
        message:
          'La cola de impresión «NOPE» rechazó el ticket: lp: The printer or class does not exist.',
        details: { exitCode: 1 },
      },
    });
  });

  it('says when lp is not installed', async () => {
    const { spawn } = fakeSpawn((_run, child) =>
      child.emit('error', Object.assign(new Error('spawn lp ENOENT'), { code: 'ENOENT' })),
    );
    expect(
      await createCupsTransport({ queue: 'TICKETS', spawn }).send(Buffer.from('x')),
    ).toMatchObject({
      ok: false,
      error: { code: 'PRINTER_ERROR', message: expect.stringContaining('«lp»') },
    });
  });

  it('kills a stuck lp and answers PRINTER_TIMEOUT', async () => {
    const { spawn, runs } = fakeSpawn(() => undefined);
    const result = await createCupsTransport({ queue: 'TICKETS', spawn, timeoutMs: 20 }).send(
      Buffer.from('x'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'PRINTER_TIMEOUT' } });
    expect(runs[0]?.killed).toBe(true);
  });

  it('never starts lp for a queue name that would read as an option', async () => {
    const { spawn, runs } = fakeSpawn((_run, child) => child.emit('close', 0));
    const result = await createCupsTransport({ queue: '-o evil', spawn }).send(Buffer.from('x'));
    expect(result).toMatchObject({ ok: false, error: { code: 'PRINTER_CONFIG_INVALID' } });
    expect(runs).toEqual([]);
  });
});
