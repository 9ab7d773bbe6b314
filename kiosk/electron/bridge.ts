import { z } from 'zod';
import type {
  PrinterError,
  PrinterProfile,
  PrinterTarget,
  PrinterTransport,
  PrintJobReport,
  PrintQueue,
  TransportContext,
} from '@cac/shared/printing';
import {
  createPrinterTransport,
  createPrintQueue,
  parsePrinterTarget,
  renderEscPos,
} from '@cac/shared/printing';
import type { Result } from '@cac/shared/protocol';
import type { TicketLayoutInput } from '@cac/shared/ticket';
import { buildTicketLayout } from '@cac/shared/ticket';
import type { BridgeSettings, PrintOutcome } from './bridge-contract';
import { BRIDGE_CHANNELS } from './bridge-contract';
import { isTrustedUrl } from '@cac/shared/electron';

export type { BridgeSettings, KioskBridge, PrintOutcome } from './bridge-contract';
export { BRIDGE_CHANNELS } from './bridge-contract';

/** The printer part of the settings the main process holds. */
export type BridgePrinterSettings = {
  hubUrl: string;
  autostart: boolean;
  printer: { target: string; profile: PrinterProfile };
};

/** What {@link createBridgeHandlers} needs; the transport factory is injected in tests. */
export type BridgeDeps = {
  /** The current settings (already validated). */
  settings: () => BridgePrinterSettings;
  /** Context of the transport (the data folder of the `file` printer). */
  transportContext?: TransportContext;
  createTransport?: (
    target: PrinterTarget,
    context: TransportContext,
  ) => Result<PrinterTransport, PrinterError>;
  /** Every finished job (for the log and, later, the hub's record). */
  onResult?: (report: PrintJobReport) => void;
};

/** The main-process side of the bridge: the same functions the renderer calls, with untrusted input. */
export type BridgeHandlers = {
  printTicket(input: unknown): Promise<PrintOutcome>;
  settings(): Promise<BridgeSettings>;
};

// The renderer is not trusted with the shape of what it sends: check it before building the
// layout (which checks the meaning: counts, category, date, language).
const optionalString = z.string().max(2000).optional();
const TicketLayoutInputSchema = z.object({
  office: z.object({
    name: z.string().max(200),
    municipality: optionalString,
    hasLogo: z.boolean().optional(),
    timeZone: z.string().max(100).optional(),
  }),
  ticket: z.object({
    number: z.string().max(40),
    category: z.string().max(40),
    position: z.number(),
    estimatedWaitMin: z.number(),
    issuedAt: z.string().max(40),
    statusUrl: z.string().max(2000),
  }),
  serviceName: z.string().max(200),
  publicOrigin: z.string().max(2000),
  footer: optionalString,
  language: z.string().max(10).optional(),
});

function failure(error: {
  code: PrinterError['code'] | 'TICKET_INPUT_INVALID';
  message: string;
}): PrintOutcome {
  return { ok: false, code: error.code, message: error.message };
}

/**
 * Prints tickets for the renderer: validates the input, builds the layout, renders ESC/POS with the
 * settings' profile and sends it through one queue to the settings' printer (a new queue only when
 * the printer address changes). Every problem comes back as a coded {@link PrintOutcome}.
 */
export function createBridgeHandlers(deps: BridgeDeps): BridgeHandlers {
  const createTransport = deps.createTransport ?? createPrinterTransport;
  let current: { target: string; queue: PrintQueue } | undefined;

  function queueFor(target: string): Result<PrintQueue, PrinterError> {
    if (current?.target === target) return { ok: true, value: current.queue };
    const parsed = parsePrinterTarget(target);
    if (!parsed.ok) return parsed;
    const transport = createTransport(parsed.value, deps.transportContext ?? {});
    if (!transport.ok) return transport;
    const queue = createPrintQueue(
      transport.value,
      deps.onResult ? { onResult: deps.onResult } : {},
    );
    current = { target, queue };
    return { ok: true, value: queue };
  }

  return {
    async printTicket(raw) {
      const shape = TicketLayoutInputSchema.safeParse(raw);
      if (!shape.success) {
        return failure({
          code: 'TICKET_INPUT_INVALID',
          message: `El ticket recibido no es válido (${shape.error.issues[0]?.path.join('.') ?? ''}).`,
        });
      }
      // The category and language are checked by buildTicketLayout itself.
      const layout = buildTicketLayout(shape.data as TicketLayoutInput);
      if (!layout.ok) return failure(layout.error);
      const { printer } = deps.settings();
      const queue = queueFor(printer.target);
      if (!queue.ok) return failure(queue.error);
      let bytes: Uint8Array;
      try {
        bytes = await renderEscPos(layout.value, printer.profile);
      } catch (error) {
        return failure({
          code: 'PRINTER_ERROR',
          message: `No se pudo preparar el ticket para la impresora: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      const result = await queue.value.print(bytes);
      if (!result.ok) return failure(result.error);
      return {
        ok: true,
        printer: result.value.printer,
        queued: result.value.queued ?? false,
        paperNearEnd: result.value.paperNearEnd ?? false,
      };
    },
    async settings() {
      const settings = deps.settings();
      const target = parsePrinterTarget(settings.printer.target);
      return {
        hubUrl: settings.hubUrl,
        paperMm: settings.printer.profile.paperMm,
        printer: target.ok ? target.value.kind : 'file',
        autostart: settings.autostart,
      };
    },
  };
}

/** The sender of an `ipcRenderer.invoke`, as Electron describes it. */
export type IpcInvokeEventLike = { senderFrame: { url: string } | null };

/** The member of Electron's `ipcMain` the bridge uses. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
};

/**
 * Answers the bridge's channels, and only for pages of the hub: a frame from anywhere else (it
 * should never load, see hardening.ts) gets a rejection instead of a printer.
 */
export function registerBridgeHandlers(
  ipcMain: IpcMainLike,
  handlers: BridgeHandlers,
  allowedOrigin: string,
): void {
  const guard = (event: IpcInvokeEventLike) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url, allowedOrigin)) {
      throw new Error(`Origen no autorizado para el puente del kiosco: ${url || 'desconocido'}`);
    }
  };
  ipcMain.handle(BRIDGE_CHANNELS.printTicket, async (event, input) => {
    guard(event);
    return handlers.printTicket(input);
  });
  ipcMain.handle(BRIDGE_CHANNELS.settings, async (event) => {
    guard(event);
    return handlers.settings();
  });
}
