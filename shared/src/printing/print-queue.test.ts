import { err, ok } from '../protocol/result';
import { createMemoryTransport } from './memory-transport';
import type { PrintJobReport } from './print-queue';
import { createPrintQueue } from './print-queue';
import { printerError } from './printer-error';
import type { PrinterTransport } from './printer-transport';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('createPrintQueue', () => {
  it('runs one job at a time, in the order they came, and gives each its own result', async () => {
    const events: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const transport = createMemoryTransport({
      name: 'kiosco-1',
      async respond(job, index) {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        events.push(`start ${index}`);
        // Later jobs are quicker: without the queue they would finish first.
        await delay(30 - index * 10);
        events.push(`end ${index}`);
        running -= 1;
        return index === 1
          ? err(printerError('PRINTER_NO_PAPER', 'ticket.printer.noPaper'))
          : ok({ printer: 'kiosco-1', bytes: job.bytes.length });
      },
    });
    const reports: PrintJobReport[] = [];
    const queue = createPrintQueue(transport, { onResult: (report) => reports.push(report) });
    const results = await Promise.all([
      queue.print(Buffer.from('a')),
      queue.print(Buffer.from('bb'), { ticketId: 't2', number: 'R-002', officeDay: '2026-11-23' }),
      queue.print(Buffer.from('ccc')),
    ]);
    expect(mostAtOnce).toBe(1);
    expect(events).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    expect(transport.jobs.map((job) => job.bytes.length)).toEqual([1, 2, 3]);
    expect(results.map((r) => (r.ok ? r.value.bytes : r.error.code))).toEqual([
      1,
      'PRINTER_NO_PAPER',
      3,
    ]);
    expect(reports.map((r) => [r.printer, r.bytes, r.label?.number, r.result.ok])).toEqual([
      ['kiosco-1', 1, undefined, true],
      ['kiosco-1', 2, 'R-002', false],
      ['kiosco-1', 3, undefined, true],
    ]);
  });

  it('turns a transport that throws into PRINTER_ERROR and goes on with the next job', async () => {
    let calls = 0;
    const transport: PrinterTransport = {
      name: 'roto',
      async send(bytes) {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return ok({ printer: 'roto', bytes: bytes.length });
      },
    };
    const queue = createPrintQueue(transport, {
      onResult: () => {
        throw new Error('a broken listener');
      },
    });
    const first = queue.print(Buffer.from('a'));
    const second = queue.print(Buffer.from('b'));
    expect(await first).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_ERROR',
        message: 'Falló la impresión por un error inesperado (boom).',
      },
    });
    expect(await second).toMatchObject({ ok: true });
  });

  it('counts pending jobs and tells when it is idle', async () => {
    const transport = createMemoryTransport({
      respond: async (job) => {
        await delay(10);
        return ok({ printer: 'memory', bytes: job.bytes.length });
      },
    });
    const queue = createPrintQueue(transport);
    void queue.print(Buffer.from('a'));
    void queue.print(Buffer.from('b'));
    expect(queue.pending()).toBe(2);
    await queue.idle();
    expect(queue.pending()).toBe(0);
    expect(transport.jobs).toHaveLength(2);
  });
});
