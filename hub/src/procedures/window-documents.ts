import { formatExpedienteNumber, parseExpedienteNumber } from '@cac/shared/domain';
import type { PrintOutcome, TaxReceiptView } from '@cac/shared/protocol';
import { buildCargoLayout, buildReceiptLayout } from '@cac/shared/ticket';
import type { StoredExpediente } from '../expedientes/expediente-repository';
import { officeDay, windowName } from './attending';
import type { ProcedureDeps } from './procedure-deps';

/** `dd/mm/yyyy`, as printed. */
function printedDate(day: string | null): string | null {
  if (day === null) return null;
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The public lookup of an expediente, the cargo's QR code: `<origin>/consulta?n=…&k=…`. */
export function lookupUrlOf(origin: string, number: string, accessKey: string): string {
  const parsed = parseExpedienteNumber(number);
  const canonical = parsed ? formatExpedienteNumber(parsed) : number;
  return `${origin}/consulta?n=${encodeURIComponent(canonical)}&k=${encodeURIComponent(accessKey)}`;
}

/**
 * Waits at most `ms` for a print: the answer of a command carries the outcome when the printer
 * was quick enough (the virtual printer always is), else null while the print goes on.
 */
async function within(job: Promise<PrintOutcome | null>, ms: number): Promise<PrintOutcome | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([job, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Prints the cargo of an expediente on a window's printer. */
export function printCargo(
  deps: ProcedureDeps,
  windowId: string,
  stored: StoredExpediente,
  ticketId: string,
): Promise<PrintOutcome | null> {
  const config = deps.config();
  const details = stored.details;
  const text = (key: string): string | null =>
    typeof details[key] === 'string' ? (details[key] as string) : null;
  const folios = typeof details['folios'] === 'number' ? (details['folios'] as number) : null;
  const observed = stored.progress.history.find((step) => step.state === 'observado');
  const layout = buildCargoLayout({
    office: {
      name: config.office.name,
      municipality: config.office.municipality,
      timeZone: config.office.timeZone,
    },
    documentTitle: deps.expedientes.documentTitle(stored),
    number: stored.number,
    receivedAt: stored.createdAt,
    procedureName: stored.procedureName,
    subject: text('subject') ?? text('tradeName'),
    folios,
    destinationOffice: text('destinationOffice'),
    windowName: windowName(config, stored.windowId ?? windowId),
    observation:
      observed?.note && stored.progress.observationDeadline
        ? {
            note: observed.note,
            deadline: printedDate(stored.progress.observationDeadline) ?? '',
          }
        : null,
    dueDate: printedDate(stored.dueOn),
    accessKey: stored.accessKey,
    lookupUrl: lookupUrlOf(deps.publicOrigin(), stored.number, stored.accessKey),
  });
  const job = deps.printing.print(windowId, {
    number: stored.number,
    ticketId,
    officeDay: officeDay(config, deps.now()),
    layout,
  });
  return within(job, deps.printWaitMs);
}

/** Prints a tax receipt on a window's printer. */
export function printReceipt(
  deps: ProcedureDeps,
  windowId: string,
  receipt: TaxReceiptView,
  ticketId: string,
): Promise<PrintOutcome | null> {
  const config = deps.config();
  const layout = buildReceiptLayout({
    office: {
      name: config.office.name,
      municipality: config.office.municipality,
      timeZone: config.office.timeZone,
    },
    receiptNumber: receipt.receiptNumber,
    paidAt: receipt.at,
    taxpayerCode: receipt.taxpayerCode,
    taxpayerName: receipt.taxpayerName,
    lines: receipt.lines,
    total: receipt.total,
    method: receipt.method,
    reference: receipt.reference,
    windowName: windowName(config, receipt.windowId ?? windowId),
  });
  const job = deps.printing.print(windowId, {
    number: receipt.receiptNumber,
    ticketId,
    officeDay: officeDay(config, deps.now()),
    layout,
  });
  return within(job, deps.printWaitMs);
}
