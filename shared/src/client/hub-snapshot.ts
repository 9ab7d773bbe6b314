import type { LiveState, OfficeRules } from '../domain';
import type { AppError, KioskStatusView, OfficeView, SessionView } from '../protocol';
import type { HubStatus } from './hub-status';

/**
 * Everything a face knows about the hub at one moment. The object is immutable and changes
 * identity only when something changed, so `useSyncExternalStore` re-renders exactly then.
 */
export type HubSnapshot = {
  readonly status: HubStatus;
  /** Sequence number of the last applied batch; -1 before the first snapshot. */
  readonly seq: number;
  /** The projection of the office's live state; null until the first snapshot. */
  readonly state: LiveState | null;
  readonly rules: OfficeRules | null;
  readonly office: OfficeView | null;
  readonly session: SessionView | null;
  /** Hub clock minus local clock (ms): add it to `Date.now()` to show the hub's time. */
  readonly serverOffsetMs: number;
  /** Why the hub refused the connection (status `rejected`), or the last connection error. */
  readonly error: AppError | null;
  /**
   * Every kiosk with its connection and printer state (`kiosks:snapshot`); only staff namespaces
   * receive it, so it stays null for kiosks and displays, and until the hub sent the first one.
   */
  readonly kiosks: readonly KioskStatusView[] | null;
};

/** The snapshot of a client that has not heard from the hub yet. */
export const INITIAL_HUB_SNAPSHOT: HubSnapshot = {
  status: 'connecting',
  seq: -1,
  state: null,
  rules: null,
  office: null,
  session: null,
  serverOffsetMs: 0,
  error: null,
  kiosks: null,
};
