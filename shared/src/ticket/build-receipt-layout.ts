import type { Centimos } from '../domain/money/money';
import { formatSoles } from '../domain/money/money';
import { cleanForPrinter } from './clean-for-printer';
import { documentText } from './document-text';
import { formatTicketDateTime } from './format-ticket-time';
import { layoutText, officeHeader } from './layout-text';
import type { TicketBlock, TicketLayout } from './ticket-layout';

/** Ways to pay, as the receipt names them. */
export type ReceiptMethod = 'efectivo' | 'tarjeta' | 'transferencia' | 'yape';

/** What a payment receipt shows. */
export type ReceiptLayoutInput = {
  office: { name: string; municipality?: string; hasLogo?: boolean; timeZone: string };
  receiptNumber: string;
  paidAt: number;
  taxpayerCode: string;
  taxpayerName: string;
  lines: readonly {
    concept: string;
    amount: Centimos;
    discountPercent: number;
    discount: Centimos;
    toPay: Centimos;
  }[];
  total: Centimos;
  method: ReceiptMethod;
  reference: string | null;
  windowName: string;
};

/**
 * The receipt of a tax payment: its number very large, the taxpayer (the payer's own proof, so it
 * names them), each item with its amount, discount and what was paid, the total, how it was paid.
 */
export function buildReceiptLayout(input: ReceiptLayoutInput): TicketLayout {
  const when = formatTicketDateTime(new Date(input.paidAt), input.office.timeZone, 'es');
  const left = { align: 'left' as const };
  const right = { align: 'right' as const };
  const blocks: TicketBlock[] = [
    ...officeHeader(input.office),
    layoutText(documentText('receipt.heading'), { bold: true }),
    layoutText(input.receiptNumber, { size: 'large', bold: true }),
    { kind: 'rule' },
    layoutText(documentText('receipt.paidAt', when), left),
    layoutText(documentText('receipt.taxpayer', { code: input.taxpayerCode }), left),
    layoutText(input.taxpayerName, left),
    { kind: 'rule' },
  ];
  for (const line of input.lines) {
    blocks.push(layoutText(line.concept, { align: 'left', bold: true }));
    if (line.discount > 0) {
      blocks.push(
        layoutText(documentText('receipt.line', { amount: formatSoles(line.amount) }), right),
      );
      blocks.push(
        layoutText(
          documentText('receipt.discount', {
            percent: line.discountPercent,
            amount: formatSoles(line.discount),
          }),
          right,
        ),
      );
    }
    blocks.push(
      layoutText(documentText('receipt.toPay', { amount: formatSoles(line.toPay) }), right),
    );
  }
  blocks.push({ kind: 'rule' });
  blocks.push(
    layoutText(documentText('receipt.total', { amount: formatSoles(input.total) }), {
      align: 'right',
      bold: true,
    }),
  );
  blocks.push(
    layoutText(
      documentText('receipt.method', { method: documentText(`receipt.method.${input.method}`) }),
      left,
    ),
  );
  if (input.reference) {
    blocks.push(
      layoutText(documentText('receipt.reference', { reference: input.reference }), left),
    );
  }
  blocks.push(layoutText(documentText('receipt.window', { window: input.windowName }), left));
  blocks.push({ kind: 'rule' });
  blocks.push(layoutText(documentText('receipt.keep')));
  blocks.push({ kind: 'feed', lines: 1 });
  blocks.push({ kind: 'cut' });
  return {
    language: 'es',
    title: cleanForPrinter(documentText('receipt.documentTitle', { number: input.receiptNumber })),
    blocks,
  };
}
