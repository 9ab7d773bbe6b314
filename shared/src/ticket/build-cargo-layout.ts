import { cleanForPrinter } from './clean-for-printer';
import { documentText } from './document-text';
import { formatTicketDateTime } from './format-ticket-time';
import { layoutText, officeHeader } from './layout-text';
import type { TicketBlock, TicketLayout } from './ticket-layout';

/** What the cargo of a filing shows. Applicant data is not printed: the number and key suffice. */
export type CargoLayoutInput = {
  office: { name: string; municipality?: string; hasLogo?: boolean; timeZone: string };
  /** `Expediente N° 000123-2026-MPC`. */
  documentTitle: string;
  /** `EXP-2026-000123`, for the document's short title. */
  number: string;
  receivedAt: number;
  procedureName: string;
  subject: string | null;
  folios: number | null;
  destinationOffice: string | null;
  windowName: string;
  /** An observation made at filing, with its last day to fix it (`dd/mm/yyyy`). */
  observation: { note: string; deadline: string } | null;
  /** The legal time limit's last day (`dd/mm/yyyy`), when the procedure has one. */
  dueDate: string | null;
  accessKey: string;
  /** The public lookup address with number and key (`http://…/consulta?n=…&k=…`). */
  lookupUrl: string;
};

/**
 * The cargo the applicant takes home: the expediente number very large, when and where it was
 * received, what it is about, any observation with its deadline, the access key and a QR code of
 * the public lookup, then the cut.
 */
export function buildCargoLayout(input: CargoLayoutInput): TicketLayout {
  const when = formatTicketDateTime(new Date(input.receivedAt), input.office.timeZone, 'es');
  const left = { align: 'left' as const };
  const blocks: TicketBlock[] = [
    ...officeHeader(input.office),
    layoutText(documentText('cargo.heading'), { bold: true }),
    layoutText(input.documentTitle, { size: 'large', bold: true }),
    { kind: 'rule' },
    layoutText(documentText('cargo.received', when), left),
    layoutText(documentText('cargo.procedure', { procedure: input.procedureName }), left),
  ];
  if (input.subject) {
    blocks.push(layoutText(documentText('cargo.subject', { subject: input.subject }), left));
  }
  if (input.folios !== null) {
    blocks.push(layoutText(documentText('cargo.folios', { count: input.folios }), left));
  }
  if (input.destinationOffice) {
    blocks.push(
      layoutText(documentText('cargo.destination', { office: input.destinationOffice }), left),
    );
  }
  blocks.push(layoutText(documentText('cargo.window', { window: input.windowName }), left));
  if (input.dueDate) {
    blocks.push(layoutText(documentText('cargo.dueDate', { date: input.dueDate }), left));
  }
  if (input.observation) {
    blocks.push({ kind: 'rule' });
    blocks.push(
      layoutText(documentText('cargo.observed', { note: input.observation.note }), {
        align: 'left',
        bold: true,
      }),
    );
    blocks.push(
      layoutText(
        documentText('cargo.observedDeadline', { date: input.observation.deadline }),
        left,
      ),
    );
  }
  blocks.push({ kind: 'rule' });
  blocks.push(
    layoutText(documentText('cargo.accessKey', { key: input.accessKey }), { bold: true }),
  );
  blocks.push(layoutText(documentText('cargo.lookup')));
  blocks.push({ kind: 'qr', data: input.lookupUrl });
  blocks.push(layoutText(documentText('cargo.keep')));
  blocks.push({ kind: 'feed', lines: 1 });
  blocks.push({ kind: 'cut' });
  return {
    language: 'es',
    title: cleanForPrinter(documentText('cargo.documentTitle', { number: input.number })),
    blocks,
  };
}
