import { buildCargoLayout } from '../ticket/build-cargo-layout';
import type { CargoLayoutInput } from '../ticket/build-cargo-layout';
import { buildReceiptLayout } from '../ticket/build-receipt-layout';
import type { ReceiptLayoutInput } from '../ticket/build-receipt-layout';
import { renderTicketSvg } from '../ticket/render-ticket-svg';
import type { TicketLayout } from '../ticket/ticket-layout';
import { decodeEscPos, printedLines } from './decode-escpos';
import { renderEscPos } from './render-escpos';

const OFFICE = {
  name: 'Centro de Atención al Ciudadano',
  municipality: 'Municipalidad Provincial de Cajamarca',
  timeZone: 'America/Lima',
};
const LOOKUP = 'http://192.168.1.10:4700/consulta?n=EXP-2026-000123&k=7KQ2-M9XD';

const CARGO: CargoLayoutInput = {
  office: OFFICE,
  documentTitle: 'Expediente N° 000123-2026-MPC',
  number: 'EXP-2026-000123',
  receivedAt: Date.parse('2026-11-27T15:05:00Z'),
  procedureName: 'Mesa de partes – solicitud',
  subject: 'Solicita constancia de posesión del predio en Jr. Amalia Puga 345',
  folios: 12,
  destinationOffice: 'Subgerencia de Catastro',
  windowName: 'Ventanilla 3',
  observation: { note: 'Falta copia del DNI del solicitante', deadline: '01/12/2026' },
  dueDate: null,
  accessKey: '7KQ2-M9XD',
  lookupUrl: LOOKUP,
};

const RECEIPT: ReceiptLayoutInput = {
  office: OFFICE,
  receiptNumber: 'REC-2026-000045',
  paidAt: Date.parse('2026-11-24T16:30:00Z'),
  taxpayerCode: 'C-000789',
  taxpayerName: 'José Chávez Rojas',
  lines: [
    {
      concept: 'Papeleta P-2026-0101 – G58',
      amount: 44_000,
      discountPercent: 83,
      discount: 36_520,
      toPay: 7_480,
    },
    {
      concept: 'Impuesto predial 2026 – cuota 4',
      amount: 8_750,
      discountPercent: 0,
      discount: 0,
      toPay: 8_750,
    },
  ],
  total: 16_230,
  method: 'yape',
  reference: '00012345',
  windowName: 'Ventanilla 6',
};

async function printed(layout: TicketLayout) {
  const ops = decodeEscPos(
    await renderEscPos(layout, { paperMm: 80, qr: 'native', codePage: 'PC850' }),
  );
  return {
    ops,
    lines: printedLines(ops)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

describe('documents printed at a window', () => {
  it('the cargo: number, reception, observation with its deadline, key and the lookup QR, one code page, one cut', async () => {
    const { ops, lines } = await printed(buildCargoLayout(CARGO));
    expect(lines).toEqual(
      expect.arrayContaining([
        'CARGO DE RECEPCIÓN',
        // Double width: the title breaks before the number, which stays whole.
        'Expediente N°',
        '000123-2026-MPC',
        'Recibido: 27 de noviembre de 2026, 10:05 a. m.',
        'Folios: 12',
        'Destino: Subgerencia de Catastro',
        'OBSERVADO: Falta copia del DNI del solicitante',
        'Clave de consulta: 7KQ2-M9XD',
      ]),
    );
    expect(lines.join(' ')).toContain('Tiene hasta el 01/12/2026 para subsanar');
    expect(ops.filter((op) => op.op === 'codePage')).toEqual([{ op: 'codePage', n: 2 }]);
    expect(ops.flatMap((op) => (op.op === 'qr' && op.fn === 0x50 ? [op.data] : []))).toEqual([
      LOOKUP,
    ]);
    expect(ops.filter((op) => op.op === 'cut')).toHaveLength(1);
  });

  it('the cargo leaves out what was not given', async () => {
    const { lines } = await printed(
      buildCargoLayout({
        ...CARGO,
        subject: null,
        folios: null,
        destinationOffice: null,
        observation: null,
        dueDate: '11/12/2026',
      }),
    );
    expect(lines.some((line) => /^(Asunto|Folios|Destino|OBSERVADO)/.test(line))).toBe(false);
    expect(lines).toContain('Plazo de atención: hasta el 11/12/2026');
  });

  it('the receipt: items with their discount, the total in soles, the method and its operation number', async () => {
    const { ops, lines } = await printed(buildReceiptLayout(RECEIPT));
    expect(lines).toEqual(
      expect.arrayContaining([
        'RECIBO DE PAGO',
        'REC-2026-000045',
        'Contribuyente: C-000789',
        'José Chávez Rojas',
        'Papeleta P-2026-0101 – G58'.replace('–', '-'),
        'Importe: S/ 440.00',
        'Descuento 83%: -S/ 365.20',
        'Pagado: S/ 74.80',
        'Pagado: S/ 87.50',
        'TOTAL PAGADO: S/ 162.30',
        'Medio de pago: Yape',
        'Operación: 00012345',
        'Caja: Ventanilla 6',
      ]),
    );
    // An item without a discount shows only what was paid.
    expect(lines.filter((line) => line.startsWith('Importe:'))).toHaveLength(1);
    expect(ops.filter((op) => op.op === 'codePage')).toHaveLength(1);
    expect(ops.some((op) => op.op === 'qr')).toBe(false);
  });

  it('both have an on-screen preview of the same text', async () => {
    const svg = await renderTicketSvg(buildReceiptLayout(RECEIPT), { paper: 80 });
    expect(svg).toContain('TOTAL PAGADO: S/ 162.30');
    expect(svg).toContain('aria-label="Recibo REC-2026-000045"');
  });
});
