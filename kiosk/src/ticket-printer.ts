import type { IssuedTicket, PrintOutcome, PrintReportInput } from '@cac/shared/protocol';
import type { TicketLayoutInput } from '@cac/shared/ticket';
import { buildTicketLayout, renderTicketHtml, ticketText } from '@cac/shared/ticket';
import type { KioskBridge } from '@cac/shared/protocol';
import { BRIDGE_GLOBAL } from '@cac/shared/protocol';

/** One ticket to print, as the kiosk knows it once the hub has issued it. */
export type TicketPrintJob = {
  ticket: IssuedTicket;
  input: TicketLayoutInput;
  /** The session says the hub prints for this kiosk (`print:result` follows). */
  printsAtHub: boolean;
};

/**
 * How a print went: the outcome for the ticket screen (null when there is nothing to show yet: the
 * hub prints and reports `print:result`, or the browser printed and gives no signal), and what to
 * tell the hub so that supervisors see this kiosk's printer (null when the hub printed itself).
 */
export type PrintedTicket = { outcome: PrintOutcome | null; report: PrintReportInput | null };

/** Prints the kiosk's tickets. Never rejects. */
export type TicketPrinter = {
  print(job: TicketPrintJob): Promise<PrintedTicket>;
};

/** Prints a complete HTML document with the browser (`window.print()`); rejects when it cannot. */
export type HtmlPrinter = (html: string) => Promise<void>;

/** Prints nothing: the default of the context, for screens that do not care about printing. */
export const NO_TICKET_PRINTER: TicketPrinter = {
  print: () => Promise.resolve({ outcome: null, report: null }),
};

/** The Electron shell's bridge, when the kiosk runs inside it. */
export function bridgeOf(target: object): KioskBridge | null {
  const bridge = (target as Partial<Record<typeof BRIDGE_GLOBAL, KioskBridge>>)[BRIDGE_GLOBAL];
  return bridge && typeof bridge.printTicket === 'function' ? bridge : null;
}

/** A failure, shown to the citizen and reported to the hub as printed `via` the bridge or browser. */
function failed(
  ticket: IssuedTicket,
  via: 'bridge' | 'browser',
  code: string,
  message: string,
): PrintedTicket {
  return {
    outcome: { ticketId: ticket.id, number: ticket.number, ok: false, code, message },
    report: { ticketId: ticket.id, number: ticket.number, via, ok: false, code, message },
  };
}

function unexpected(
  ticket: IssuedTicket,
  via: 'bridge' | 'browser',
  error: unknown,
  job: TicketPrintJob,
): PrintedTicket {
  const message = ticketText(
    'ticket.printer.unexpected',
    { reason: String(error) },
    job.input.language,
  );
  return failed(ticket, via, 'PRINTER_ERROR', message);
}

function bridgePrinter(bridge: KioskBridge): TicketPrinter {
  return {
    async print(job) {
      const { ticket } = job;
      try {
        const outcome = await bridge.printTicket(job.input);
        if (!outcome.ok) return failed(ticket, 'bridge', outcome.code, outcome.message);
        const { id: ticketId, number } = ticket;
        return {
          outcome: { ticketId, number, ok: true },
          report: { ticketId, number, via: 'bridge', ok: true, paperNearEnd: outcome.paperNearEnd },
        };
      } catch (error) {
        return unexpected(ticket, 'bridge', error, job);
      }
    },
  };
}

function browserPrinter(printHtml: HtmlPrinter): TicketPrinter {
  return {
    async print(job) {
      // The hub prints on the device's printer and reports the outcome itself.
      if (job.printsAtHub) return { outcome: null, report: null };
      const { ticket } = job;
      try {
        const layout = buildTicketLayout(job.input);
        if (!layout.ok) return failed(ticket, 'browser', layout.error.code, layout.error.message);
        await printHtml(await renderTicketHtml(layout.value));
        // The print dialog never says whether paper came out: nothing to show, nothing to report.
        return { outcome: null, report: null };
      } catch (error) {
        return unexpected(ticket, 'browser', error, job);
      }
    },
  };
}

/**
 * The kiosk's printer, chosen once: the Electron shell's bridge when present; otherwise the hub
 * (for a device with a printer in office.json) or the browser's own print dialog.
 */
export function createTicketPrinter(options: {
  bridge: KioskBridge | null;
  printHtml: HtmlPrinter;
}): TicketPrinter {
  return options.bridge ? bridgePrinter(options.bridge) : browserPrinter(options.printHtml);
}

/** How long a printed iframe may stay when the browser never says `afterprint`. */
const IFRAME_MAX_LIFE_MS = 60_000;

/**
 * Prints an HTML document from a hidden iframe (its own roll-sized print stylesheet applies, not
 * the kiosk's), then removes the iframe.
 */
export function createIframeHtmlPrinter(doc: Document = document): HtmlPrinter {
  return (html) =>
    new Promise<void>((resolve, reject) => {
      const frame = doc.createElement('iframe');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.title = 'ticket';
      frame.style.cssText =
        'position: fixed; right: 0; bottom: 0; width: 0; height: 0; border: 0; opacity: 0;';
      frame.addEventListener(
        'load',
        () => {
          const view = frame.contentWindow;
          if (!view) {
            frame.remove();
            reject(new Error('the print frame has no window'));
            return;
          }
          const remove = (): void => {
            clearTimeout(timer);
            frame.remove();
          };
          const timer = setTimeout(remove, IFRAME_MAX_LIFE_MS);
          view.addEventListener('afterprint', remove, { once: true });
          try {
            view.focus();
            view.print();
            resolve();
          } catch (error) {
            remove();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        { once: true },
      );
      frame.srcdoc = html;
      doc.body.append(frame);
    });
}
