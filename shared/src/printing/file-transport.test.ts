import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildTicketLayout } from '../ticket/build-ticket-layout';
import { sampleTicketInput } from '../ticket/sample-ticket';
import type { TicketLayout } from '../ticket/ticket-layout';
import { decodeEscPos, printedLines } from './decode-escpos';
import { createFileTransport } from './file-transport';
import { renderEscPos } from './render-escpos';

function layout(): TicketLayout {
  const result = buildTicketLayout(sampleTicketInput());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('file transport (the virtual printer of the embedded default)', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'cac-printed-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes the ESC/POS bytes and an SVG preview into printed/<day>/, and no temporary file', async () => {
    const ticket = layout();
    const bytes = await renderEscPos(ticket, { paperMm: 80, qr: 'native', codePage: 'PC850' });
    const transport = createFileTransport({ dataDir });
    const result = await transport.send(bytes, {
      ticketId: 't0000001',
      number: 'R-023',
      officeDay: '2026-11-23',
      layout: ticket,
    });
    const binary = path.join(dataDir, 'printed', '2026-11-23', 'R-023-t0000001.bin');
    expect(result).toEqual({
      ok: true,
      value: { printer: 'file', bytes: bytes.length, location: binary },
    });
    expect(filesUnder(dataDir)).toEqual([
      path.join('printed', '2026-11-23', 'R-023-t0000001.bin'),
      path.join('printed', '2026-11-23', 'R-023-t0000001.svg'),
    ]);
    const saved = readFileSync(binary);
    expect(saved.equals(bytes)).toBe(true);
    expect(printedLines(decodeEscPos(saved))).toContain('SU NÚMERO DE ATENCIÓN ES');
    const svg = readFileSync(binary.replace(/\.bin$/, '.svg'), 'utf8');
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('>R-023</text>');
  });

  it('writes into another folder when told (a window keeps its documents apart)', async () => {
    const folder = path.join(dataDir, 'printed', 'windows', 'ventanilla-3');
    const transport = createFileTransport({ dataDir, folder });
    const result = await transport.send(new Uint8Array([0x1b, 0x40]), {
      ticketId: 't1',
      number: 'EXP-2026-000001',
      officeDay: '2026-11-23',
    });
    expect(result.ok).toBe(true);
    expect(filesUnder(dataDir)).toEqual([
      path.join('printed', 'windows', 'ventanilla-3', '2026-11-23', 'EXP-2026-000001-t1.bin'),
    ]);
  });

  it('names a job without a label after the time, in the office day of Lima', async () => {
    // 02:00 UTC on the 24th is still the 23rd in Lima.
    const now = Date.parse('2026-11-24T02:00:00Z');
    const transport = createFileTransport({ dataDir, now: () => now });
    const result = await transport.send(Buffer.from('x'));
    expect(result.ok).toBe(true);
    expect(filesUnder(dataDir)).toEqual([path.join('printed', '2026-11-23', `job-${now}.bin`)]);
  });

  it('keeps a hostile label inside its folder', async () => {
    const transport = createFileTransport({
      dataDir,
      now: () => Date.parse('2026-11-23T15:00:00Z'),
    });
    await transport.send(Buffer.from('x'), {
      ticketId: '../../etc/passwd',
      number: 'R/023',
      officeDay: '../..',
    });
    expect(filesUnder(dataDir)).toEqual([
      path.join('printed', '2026-11-23', 'R_023-______etc_passwd.bin'),
    ]);
  });

  it('reports PRINTER_ERROR in Spanish when the folder cannot be written', async () => {
    const blocked = path.join(dataDir, 'blocked');
    writeFileSync(blocked, 'a file where the data folder should be');
    const result = await createFileTransport({ dataDir: blocked }).send(Buffer.from('x'));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'PRINTER_ERROR',
        message: expect.stringMatching(
          /^No se pudo guardar el ticket en la carpeta de datos \(E[A-Z]+\)/,
        ),
      },
    });
  });
});
