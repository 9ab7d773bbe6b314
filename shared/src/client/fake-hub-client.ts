import type {
  CommandAck,
  CommonClientEvents,
  KioskStatusView,
  PrintOutcome,
  PrintReportAck,
  PrintReportInput,
  Result,
  SyncSnapshot,
} from '../protocol';
import type { HubClient } from './hub-client';
import type { HubSnapshot } from './hub-snapshot';
import { INITIAL_HUB_SNAPSHOT } from './hub-snapshot';

/** A command the fake received. */
export type RecordedCommand = { name: string; payload: unknown };

/** Answers a command sent to the fake. */
export type FakeCommandHandler = (
  name: string,
  payload: unknown,
) => Result<CommandAck> | Promise<Result<CommandAck>>;

/**
 * Answers a procedure command (`request`) sent to the fake; the test returns the value the hub
 * would (typed loosely: the test knows which command it answers).
 */
export type FakeRequestHandler = (
  name: string,
  payload: unknown,
) => Result<unknown> | Promise<Result<unknown>>;

/** A {@link HubClient} for component tests, driven by the test instead of a hub. */
export type FakeHubClient<Events extends CommonClientEvents = CommonClientEvents> =
  HubClient<Events> & {
    /** Every command sent so far, oldest first. */
    readonly commands: readonly RecordedCommand[];
    /** Changes the snapshot (status, state, …) and notifies subscribers. */
    update(patch: Partial<HubSnapshot>): void;
    /** Behaves as if the hub sent this snapshot: status becomes `online`. */
    receiveSnapshot(snapshot: SyncSnapshot): void;
    /** Replaces how commands are answered. */
    onCommand(handler: FakeCommandHandler): void;
    /**
     * Replaces how procedure commands (`request`) are answered; they are recorded in `commands`
     * too, in order with the queue commands.
     */
    onRequest(handler: FakeRequestHandler): void;
    /** Behaves as if the hub sent `print:result` with this outcome. */
    receivePrintResult(outcome: PrintOutcome): void;
    /** Every `print:report` sent so far, oldest first (the fake accepts them all). */
    readonly printReports: readonly PrintReportInput[];
    /** Behaves as if the hub sent `kiosks:snapshot` with this list. */
    receiveKiosks(kiosks: readonly KioskStatusView[]): void;
  };

/**
 * Creates a fake hub client. Faces receive it through `HubProvider`, exactly like the real one,
 * so tests exercise the same rendering paths without mocking socket.io.
 */
export function createFakeHubClient<Events extends CommonClientEvents = CommonClientEvents>(
  initial: Partial<HubSnapshot> = {},
): FakeHubClient<Events> {
  let snapshot: HubSnapshot = { ...INITIAL_HUB_SNAPSHOT, ...initial };
  const listeners = new Set<() => void>();
  const commands: RecordedCommand[] = [];
  const printListeners = new Set<(outcome: PrintOutcome) => void>();
  const printReports: PrintReportInput[] = [];
  let handler: FakeCommandHandler = () => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'El cliente falso no tiene respuesta para este comando.' },
  });
  let requestHandler: FakeRequestHandler = () => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'El cliente falso no tiene respuesta para este comando.' },
  });

  function update(patch: Partial<HubSnapshot>): void {
    snapshot = { ...snapshot, ...patch };
    for (const listener of [...listeners]) listener();
  }

  return {
    commands,
    printReports,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async command(name, payload) {
      commands.push({ name, payload });
      return handler(name, payload);
    },
    async request(name, payload) {
      commands.push({ name, payload });
      // The test's handler stands in for the hub, which shapes each command's value.
      return (await requestHandler(name, payload)) as never;
    },
    onPrintResult(listener) {
      printListeners.add(listener);
      return () => {
        printListeners.delete(listener);
      };
    },
    async reportPrint(report): Promise<Result<PrintReportAck>> {
      printReports.push(report);
      return { ok: true, value: { recordedAt: Date.now() } };
    },
    close() {
      listeners.clear();
      printListeners.clear();
    },
    update,
    receiveSnapshot(fresh) {
      update({
        status: 'online',
        seq: fresh.seq,
        state: fresh.state,
        rules: fresh.rules,
        office: fresh.office,
        session: fresh.session,
        serverOffsetMs: 0,
        error: null,
      });
    },
    onCommand(next) {
      handler = next;
    },
    onRequest(next) {
      requestHandler = next;
    },
    receivePrintResult(outcome) {
      for (const listener of [...printListeners]) listener(outcome);
    },
    receiveKiosks(kiosks) {
      update({ kiosks });
    },
  };
}
