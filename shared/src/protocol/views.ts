import type { OfficeConfig } from './office-config';
import type {
  Category,
  DomainEvent,
  LiveState,
  OfficeRules,
  Role,
  Ticket,
  TicketStatus,
} from '../domain';

/** A service as the faces show it (from the office configuration; nothing secret). */
export type ServiceView = {
  id: string;
  name: string;
  prefix: string;
  /** Pictogram key for the kiosk and display. */
  icon: string;
  /** `#RRGGBB`. */
  colour: string;
  active: boolean;
  /** False when the kiosk skips the preferential question for this service. */
  askPreferential: boolean;
  slaTargetMin: number;
  outcomes: readonly { code: string; label: string }[];
  /** The service's procedure catalog (requirements, fees, time limits: public TUPA facts). */
  procedures: readonly ProcedureView[];
};

/** A procedure as the counter's panels read it (the configuration's, as it is). */
export type ProcedureView = OfficeConfig['services'][number]['procedures'][number];

/** The office as the faces show it. */
export type OfficeView = {
  name: string;
  municipality: string;
  timeZone: string;
  hoursText: string;
  announcements: readonly string[];
  services: readonly ServiceView[];
  windows: readonly { id: string; name: string; serviceIds: readonly string[] }[];
  /**
   * The UIT of each year in céntimos (`{"2026": 550000}`), so that a panel shows a fee written as
   * a percentage of the UIT with `feeFromUitPercent` (year of the office day).
   */
  uitTable: Readonly<Record<string, number>>;
  /** Names of the staff, so the counter shows people rather than ids; empty for kiosks and displays. */
  staff: readonly { id: string; name: string; role: 'clerk' | 'supervisor' | 'admin' }[];
};

/** Who this connection is. */
export type SessionView =
  | {
      kind: 'device';
      deviceId: string;
      role: 'kiosk' | 'display';
      name: string;
      zone: DeviceZone | null;
      /**
       * A kiosk whose device has a `printer` in the office configuration: the hub prints its
       * tickets and reports `print:result`. Absent or false: the kiosk prints by itself.
       */
      printsAtHub?: boolean;
    }
  | { kind: 'user'; userId: string; role: Exclude<Role, 'kiosk' | 'display'>; name: string };

/** The part of the office a display or kiosk shows; `null` lists mean everything. */
export type DeviceZone = {
  serviceIds: readonly string[] | null;
  windowIds: readonly string[] | null;
};

/**
 * Full state for a client: on connect, after an unrecovered reconnect, and whenever the client saw
 * a gap in sequence numbers. Deltas with `seq` greater than this one follow.
 */
export type SyncSnapshot = {
  seq: number;
  /** Epoch ms on the hub when the snapshot was taken, so clients can correct their clock display. */
  serverNow: number;
  state: LiveState;
  rules: OfficeRules;
  office: OfficeView;
  session: SessionView;
};

/** The events of one or more consecutive commands, in order; the first follows the previous seq. */
export type SyncDelta = {
  /** Sequence number of the last batch whose events this message carries. */
  seq: number;
  /**
   * When one message carries several consecutive batches (the hub sends one message per group
   * commit, so a busy second costs one message per client instead of one per command), the
   * sequence number of the first; absent when it carries one batch (then it equals `seq`).
   */
  fromSeq?: number;
  events: readonly DomainEvent[];
};

/** A ticket as the public API and the kiosk receive it right after issuing. */
export type IssuedTicket = {
  id: string;
  number: string;
  serviceId: string;
  category: Category;
  status: TicketStatus;
  /** People ahead of this ticket in its service's queue. */
  position: number;
  estimatedWaitMin: number;
  /** ISO 8601. */
  issuedAt: string;
  /** Secret of the public status page (only ever given to the one who took the ticket). */
  accessKey: string;
  /** Path of the public status page, relative to the hub's origin. */
  statusUrl: string;
};

/** What every accepted command acknowledges. */
export type CommandAck = {
  /** Sequence number of the batch that carries the command's events. */
  seq: number;
  /** The ticket the command created or acted on, when there is one. */
  ticket: Ticket | null;
  /** Set only for `ticket:take`. */
  issued: IssuedTicket | null;
};

/**
 * What became of a kiosk ticket the hub printed for it (kiosks in a plain browser). A failed print
 * never cancels the ticket: the kiosk keeps the number on screen and says where to go.
 */
export type PrintOutcome =
  | { ticketId: string; number: string; ok: true }
  | {
      ticketId: string;
      number: string;
      ok: false;
      /** A printer code (`PRINTER_NO_PAPER`, `PRINTER_OFFLINE`, …). */
      code: string;
      /** Spanish, for the citizen and the supervisor. */
      message: string;
    };
