import QRCode from 'qrcode';
import { buildTicketLayout } from '../ticket/build-ticket-layout';
import { sampleTicketInput } from '../ticket/sample-ticket';
import type { TicketLayout } from '../ticket/ticket-layout';
import type { EscPosOp } from './decode-escpos';
import { decodeEscPos, printedLines } from './decode-escpos';
import { parseLogoPng } from './printer-logo';
import type { PrinterProfile } from './printer-profile';
import { renderEscPos } from './render-escpos';

const STATUS_URL = 'http://192.168.1.10:8080/api/v1/tickets/t0000001?k=Zx8_k3yK3yK3yK3yK3y';
const NATIVE_80: PrinterProfile = { paperMm: 80, qr: 'native', codePage: 'PC850' };
const RASTER_80: PrinterProfile = { paperMm: 80, qr: 'raster', codePage: 'PC850' };

function layout(overrides: Parameters<typeof sampleTicketInput>[0] = {}): TicketLayout {
  const result = buildTicketLayout(sampleTicketInput(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function decoded(ticket: TicketLayout, profile: PrinterProfile): Promise<EscPosOp[]> {
  return decodeEscPos(await renderEscPos(ticket, profile));
}

/** Lines printed at normal size (rules, date, footer…), as the paper shows them. */
function textOps(ops: readonly EscPosOp[]): string[] {
  return printedLines(ops).filter((line) => line !== '');
}

describe('renderEscPos', () => {
  it('prints the Spanish text right: decoded as CP850, accents, Ñ and ¿ intact', async () => {
    const ops = await decoded(
      layout({ footer: '¿Dudas? Pregunte en orientación. Año 2026 — “Ñandú”…' }),
      NATIVE_80,
    );
    const lines = textOps(ops);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Municipalidad Provincial de Cajamarca',
        'Centro de Atención al Ciudadano',
        'SU NÚMERO DE ATENCIÓN ES',
        'R-023',
        'Registro Civil',
        'Atención preferente: Persona adulta mayor',
        'Fecha: 23 de noviembre de 2026',
        'Hora: 10:05 a. m.',
        'Personas antes que usted: 4',
        'Espera aproximada: 12 min',
        'Siga su turno desde su celular',
        '¿Dudas? Pregunte en orientación. Año 2026 -',
        '"Ñandú"...',
      ]),
    );
    expect(ops.filter((op) => op.op === 'unknown')).toEqual([]);
  });

  it('selects code page PC850 exactly once, right after ESC @ and before any text', async () => {
    // Emoji, curly quotes and dashes are what would make the library switch page by itself.
    const ops = await decoded(
      layout({ serviceName: 'Tributos 💰 – SAT', footer: '“Gracias” € ✓' }),
      RASTER_80,
    );
    expect(ops.slice(0, 2)).toEqual([{ op: 'init' }, { op: 'codePage', n: 2 }]);
    expect(ops.filter((op) => op.op === 'codePage')).toEqual([{ op: 'codePage', n: 2 }]);
    expect(textOps(ops)).toEqual(expect.arrayContaining(['Tributos - SAT', '"Gracias" EUR']));
  });

  it('cleans text itself, so a hand-made layout cannot make the library switch page', async () => {
    const handMade: TicketLayout = {
      language: 'es',
      title: 'Ticket',
      blocks: [
        {
          kind: 'text',
          text: '“Año” – ¿Sí? 😀 10:05\u202fa. m.',
          align: 'left',
          size: 'normal',
          bold: false,
        },
        { kind: 'text', text: 'Ñ € …', align: 'left', size: 'normal', bold: false },
        { kind: 'cut' },
      ],
    };
    const ops = await decoded(handMade, NATIVE_80);
    expect(ops.filter((op) => op.op === 'codePage')).toEqual([{ op: 'codePage', n: 2 }]);
    expect(textOps(ops)).toEqual(['"Año" - ¿Sí? 10:05 a. m.', 'Ñ EUR ...']);
  });

  it('prints the number four times as large, bold and centred', async () => {
    const ops = await decoded(layout(), NATIVE_80);
    const at = ops.findIndex((op) => op.op === 'text' && op.text === 'R-023');
    const before = ops.slice(0, at);
    expect(before.findLast((op) => op.op === 'textSize')).toEqual({
      op: 'textSize',
      width: 4,
      height: 4,
    });
    expect(before.findLast((op) => op.op === 'bold')).toEqual({ op: 'bold', on: true });
    expect(before.findLast((op) => op.op === 'align')).toEqual({ op: 'align', n: 1 });
  });

  it('native QR: stores exactly the status URL (GS ( k) and prints it, no image', async () => {
    const ops = await decoded(layout(), NATIVE_80);
    const qr = ops.filter((op) => op.op === 'qr');
    expect(qr.filter((op) => op.fn === 0x50).map((op) => op.data)).toEqual([STATUS_URL]);
    expect(qr.filter((op) => op.fn === 0x51)).toHaveLength(1);
    // model 2, error correction M
    expect(qr).toEqual(
      expect.arrayContaining([
        { op: 'qr', fn: 0x41, params: [0x32, 0x00] },
        { op: 'qr', fn: 0x45, params: [0x31] },
      ]),
    );
    expect(ops.some((op) => op.op === 'raster')).toBe(false);
  });

  it('raster QR: one centred GS v 0 image of the QR, no GS ( k', async () => {
    const ops = await decoded(layout(), RASTER_80);
    const images = ops.filter((op) => op.op === 'raster');
    const modules = QRCode.create(STATUS_URL, { errorCorrectionLevel: 'M' }).modules.size;
    const cell = Math.floor(240 / (modules + 8));
    const side = (modules + 8) * cell;
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ heightDots: side, widthBytes: Math.ceil(side / 8) });
    expect(ops.some((op) => op.op === 'qr')).toBe(false);
    const at = ops.findIndex((op) => op.op === 'raster');
    expect(ops.slice(0, at).findLast((op) => op.op === 'align')).toEqual({ op: 'align', n: 1 });
  });

  it('ends with exactly one cut, even when a layout has a cut in the middle', async () => {
    const ticket = layout();
    const withStrayCut: TicketLayout = {
      ...ticket,
      blocks: [...ticket.blocks.slice(0, 3), { kind: 'cut' }, ...ticket.blocks.slice(3)],
    };
    for (const t of [ticket, withStrayCut]) {
      const ops = await decoded(t, NATIVE_80);
      expect(ops.filter((op) => op.op === 'cut')).toEqual([{ op: 'cut', mode: 0 }]);
      // feed, cut, then the library's ESC @ (the reason a ticket gets its own buffer)
      expect(ops.slice(-4)).toEqual([
        { op: 'feed', lines: 4 },
        { op: 'feed', lines: 4 },
        { op: 'cut', mode: 0 },
        { op: 'init' },
      ]);
      expect(ops.filter((op) => op.op === 'init')).toHaveLength(2);
    }
  });

  it.each([
    [58, 32],
    [80, 48],
  ] as const)(
    '%i mm paper: rules are %i characters and no line is longer',
    async (paperMm, columns) => {
      const ticket = layout({
        serviceName: 'Licencias de Funcionamiento',
        footer:
          'Conserve este ticket hasta ser atendido. Gracias por su visita. Horario de atención: lunes a viernes de 07:30 a 15:30.',
      });
      const ops = await decoded(ticket, { paperMm, qr: 'native', codePage: 'PC850' });
      const rules = printedLines(ops).filter((line) => /^-+$/.test(line) && line.length > 2);
      expect(rules.map((r) => r.length)).toEqual([columns, columns, columns]);
      // Each text line times its magnification fits the paper.
      let scale = 1;
      let line = '';
      for (const op of ops) {
        if (op.op === 'textSize') scale = op.width;
        else if (op.op === 'text') line += op.text;
        else if (op.op === 'lf') {
          expect(line.length * scale).toBeLessThanOrEqual(columns);
          line = '';
        }
      }
    },
  );

  it('wraps the large service name at half the columns on 58 mm paper', async () => {
    const ops = await decoded(layout({ serviceName: 'Licencias de Funcionamiento' }), {
      paperMm: 58,
      qr: 'native',
      codePage: 'PC850',
    });
    expect(textOps(ops)).toEqual(expect.arrayContaining(['Licencias de', 'Funcionamiento']));
  });

  it('prints a logo as a raster image before the office name when one is given', async () => {
    const png = await QRCode.toBuffer('logo', { type: 'png', scale: 4, margin: 1 });
    const logo = parseLogoPng(png, 80);
    if (!logo.ok) throw new Error(logo.error.message);
    const ticket = layout({
      office: { name: 'CAC', hasLogo: true, timeZone: 'America/Lima' },
    });
    const ops = decodeEscPos(await renderEscPos(ticket, NATIVE_80, { logo: logo.value }));
    const image = ops.findIndex((op) => op.op === 'raster');
    const name = ops.findIndex((op) => op.op === 'text' && op.text === 'CAC');
    expect(image).toBeGreaterThan(0);
    expect(image).toBeLessThan(name);
    expect(ops[image]).toMatchObject({ heightDots: logo.value.height });
    // Without the image the logo block prints nothing.
    const without = decodeEscPos(await renderEscPos(ticket, NATIVE_80));
    expect(without.some((op) => op.op === 'raster')).toBe(false);
  });

  it('prints a ticket without its QR rather than failing when the data cannot fit a QR code', async () => {
    const ticket: TicketLayout = {
      language: 'es',
      title: 'Ticket',
      blocks: [
        { kind: 'text', text: 'R-001', align: 'center', size: 'huge', bold: true },
        { kind: 'qr', data: `http://x/${'a'.repeat(5000)}` },
        { kind: 'cut' },
      ],
    };
    for (const profile of [NATIVE_80, RASTER_80]) {
      const ops = await decoded(ticket, profile);
      expect(textOps(ops)).toEqual(['R-001']);
      expect(ops.some((op) => op.op === 'qr' || op.op === 'raster')).toBe(false);
      expect(ops.filter((op) => op.op === 'cut')).toHaveLength(1);
    }
  });

  it('keeps one buffer per ticket: two renders do not share state', async () => {
    const first = await renderEscPos(layout(), NATIVE_80);
    const second = await renderEscPos(layout(), NATIVE_80);
    expect(second.equals(first)).toBe(true);
  });
});
