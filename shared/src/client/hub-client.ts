import type {
  CommandAck,
  CommandInput,
  CommandName,
  CommonClientEvents,
  PrintOutcome,
  PrintReportAck,
  PrintReportInput,
  ProcedureCommandInput,
  ProcedureCommandName,
  ProcedureCommandValue,
  Result,
} from '../protocol';
import type { HubSnapshot } from './hub-snapshot';

/** Command names that a client-to-hub event map `Events` carries. */
export type HubCommandName<Events extends CommonClientEvents> = Extract<keyof Events, CommandName>;

/** Per-call options of {@link HubClient.command}. */
export type CommandOptions = {
  /** How long to wait for the hub's answer, per attempt. Default 5000 ms. */
  timeoutMs?: number;
  /**
   * Extra attempts after a timeout, with the same payload (so the same `requestId`: the hub answers
   * a repeated id with the first result instead of creating a second ticket). Default 0.
   */
  retries?: number;
};

/**
 * A face's connection to the hub: a store of the synced office state (for
 * `useSyncExternalStore`) plus typed commands. The real one is {@link createHubClient}; tests
 * inject a fake through React context.
 */
export type HubClient<Events extends CommonClientEvents = CommonClientEvents> = {
  /** The current snapshot; the same object until something changes. */
  getSnapshot(): HubSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Sends a command and resolves with the hub's `Result`; never rejects. */
  command<C extends HubCommandName<Events>>(
    name: C,
    payload: CommandInput<C>,
    options?: CommandOptions,
  ): Promise<Result<CommandAck>>;
  /**
   * Sends a procedure command of `/counter` (`procedure:intake`, `tax:pay`, `expediente:find`, …)
   * and resolves with the hub's `Result` carrying that command's own value; never rejects. One
   * attempt unless `retries` says otherwise: the creating ones carry their own `requestId` or
   * `paymentId`, so a retry returns the first answer instead of acting twice.
   */
  request<C extends ProcedureCommandName>(
    name: C,
    payload: ProcedureCommandInput<C>,
    options?: CommandOptions,
  ): Promise<Result<ProcedureCommandValue<C>>>;
  /**
   * Calls `listener` with each `print:result` the hub sends (on `/kiosk`, to the kiosk that took
   * the ticket, when the hub prints for it); returns the unsubscribe function. Outcomes are not
   * replayed: subscribe before taking tickets.
   */
  onPrintResult(listener: (outcome: PrintOutcome) => void): () => void;
  /**
   * A kiosk that printed a ticket by itself (Electron bridge, browser) tells the hub how it went
   * (`print:report`), so that supervisors see its printer's state. Resolves with the hub's
   * `Result` (`FORBIDDEN` for anything but a kiosk, `UNKNOWN_TICKET` for a ticket the hub does not
   * know); never rejects. One attempt, no retry: a lost report only leaves the state older.
   */
  reportPrint(
    report: PrintReportInput,
    options?: Pick<CommandOptions, 'timeoutMs'>,
  ): Promise<Result<PrintReportAck>>;
  /** Disconnects for good and stops every timer. */
  close(): void;
};
