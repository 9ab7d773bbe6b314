import type { Actor } from '../domain';
import type { CommandInput, CommandName } from './commands';
import type { Result } from './result';
import type { KioskStatusView } from './kiosk-status';
import type {
  ProcedureCommandInput,
  ProcedureCommandName,
  ProcedureCommandValue,
} from './procedure-commands';
import type { PrintReportAck, PrintReportInput } from './print-report';
import type { CommandAck, PrintOutcome, SyncDelta, SyncSnapshot } from './views';

/** Namespaces of the hub, one per role family. */
export const NAMESPACES = {
  kiosk: '/kiosk',
  counter: '/counter',
  display: '/display',
  admin: '/admin',
} as const;
/** One of the {@link NAMESPACES} keys. */
export type NamespaceName = keyof typeof NAMESPACES;

/** Every command is acknowledged with a Result, never an exception. */
type CommandHandler<C extends CommandName> = (
  payload: CommandInput<C>,
  ack: (result: Result<CommandAck>) => void,
) => void;

/**
 * A procedure command (issue 6) is acknowledged with its own value (an expediente, a receipt, …),
 * never an exception.
 */
type ProcedureHandler<C extends ProcedureCommandName> = (
  payload: ProcedureCommandInput<C>,
  ack: (result: Result<ProcedureCommandValue<C>>) => void,
) => void;

/** What the hub sends on every namespace. */
export type ServerToClientEvents = {
  /** Full state; replaces whatever the client held. */
  'sync:snapshot': (snapshot: SyncSnapshot) => void;
  /** The events of one or more consecutive batches (`fromSeq`…`seq`); a gap means: ask for a snapshot. */
  'sync:events': (delta: SyncDelta) => void;
  /** `/kiosk` only, to the kiosk that took the ticket: how its printing went. */
  'print:result': (outcome: PrintOutcome) => void;
  /**
   * `/counter` and `/admin` only: every configured kiosk, whether it is connected and its
   * printer's state. Sent after the connection's first snapshot and whenever any of it changes;
   * each message replaces the previous one.
   */
  'kiosks:snapshot': (kiosks: readonly KioskStatusView[]) => void;
};

/** What every client may send. */
export type CommonClientEvents = {
  /** Ask for a fresh snapshot (after a gap in seq). */
  'sync:request': (ack: (result: Result<SyncSnapshot>) => void) => void;
};

/** Client → hub on `/kiosk`. */
export type KioskClientEvents = CommonClientEvents & {
  'ticket:take': CommandHandler<'ticket:take'>;
  /**
   * A kiosk that prints by itself (Electron bridge, browser) reports how a print went, so that
   * supervisors see its printer's state. Not a queue command: it changes no ticket.
   */
  'print:report': (report: PrintReportInput, ack: (result: Result<PrintReportAck>) => void) => void;
};

/** Client → hub on `/counter` (clerks and supervisors; each command also checks the role). */
export type CounterClientEvents = CommonClientEvents & {
  'ticket:take': CommandHandler<'ticket:take'>;
  'window:open': CommandHandler<'window:open'>;
  'window:close': CommandHandler<'window:close'>;
  'window:pause': CommandHandler<'window:pause'>;
  'window:resume': CommandHandler<'window:resume'>;
  'ticket:call-next': CommandHandler<'ticket:call-next'>;
  'ticket:call': CommandHandler<'ticket:call'>;
  'ticket:recall': CommandHandler<'ticket:recall'>;
  'ticket:no-show': CommandHandler<'ticket:no-show'>;
  'ticket:start': CommandHandler<'ticket:start'>;
  'ticket:finish': CommandHandler<'ticket:finish'>;
  'ticket:transfer': CommandHandler<'ticket:transfer'>;
  'ticket:cancel': CommandHandler<'ticket:cancel'>;
  // -- procedures at the window and the expedientes' back office (see procedure-commands.ts)
  'procedure:acta-copy': ProcedureHandler<'procedure:acta-copy'>;
  'procedure:licence': ProcedureHandler<'procedure:licence'>;
  'procedure:intake': ProcedureHandler<'procedure:intake'>;
  'tax:find': ProcedureHandler<'tax:find'>;
  'tax:quote': ProcedureHandler<'tax:quote'>;
  'tax:pay': ProcedureHandler<'tax:pay'>;
  'expediente:find': ProcedureHandler<'expediente:find'>;
  'expediente:get': ProcedureHandler<'expediente:get'>;
  'expediente:move': ProcedureHandler<'expediente:move'>;
  'document:reprint': ProcedureHandler<'document:reprint'>;
};

/** Client → hub on `/display`: displays only listen. */
export type DisplayClientEvents = CommonClientEvents;

/** Client → hub on `/admin` (supervisors and admins); configuration commands come with their issue. */
export type AdminClientEvents = CommonClientEvents;

/** The hub runs as one process: nothing goes between servers. */
export type InterServerEvents = Record<string, never>;

/** What the namespace's auth middleware attaches to each socket. */
export type SocketData = {
  actor: Actor;
  /** Hash of the staff token (to end the socket when its session is revoked); null for devices. */
  tokenHash: string | null;
};

/** The handshake `auth` object every client sends. */
export type HandshakeAuth = {
  protocolVersion: number;
  /** A device key or a staff token from `/auth/login`. */
  token: string;
};
