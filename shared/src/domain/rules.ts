/**
 * The part of the office configuration that the pure domain needs. The hub derives it from the
 * validated configuration document; tests write it directly.
 */
export type OfficeRules = {
  /** IANA time zone that decides the office day; `America/Lima` in Peru. */
  timeZone: string;
  /** Local time (HH:MM) at which the day closes: waiting tickets expire, no more tickets until the next day. */
  dayCloseTime: string;
  services: readonly ServiceRules[];
  windows: readonly WindowRules[];
  callPolicy: CallPolicy;
  /** Minimum seconds between the latest call and a no-show mark. */
  noShowMinSeconds: number;
};

/** How a service behaves in the queue. */
export type ServiceRules = {
  id: string;
  /** Ticket prefix, e.g. `R`. */
  prefix: string;
  active: boolean;
  /** Expected minutes per attention before there is data from today. */
  defaultServiceMin: number;
  /** Outcomes a clerk may choose when finishing a ticket of this service (codes). */
  outcomes: readonly string[];
};

/** A counter window and the services it may serve. */
export type WindowRules = {
  id: string;
  name: string;
  serviceIds: readonly string[];
};

/**
 * The explicit rule that decides which waiting ticket a window calls next.
 * Default: preferential first, then first-come-first-served by arrival across the window's services.
 */
export type CallPolicy = {
  /** Preferential categories (Ley 28683) go before ordinary tickets. */
  preferentialFirst: boolean;
  /**
   * At most this many preferential calls in a row at one window before an ordinary ticket (if any
   * waits) is called; `null` means no limit (the legal default).
   */
  maxPreferentialInRow: number | null;
  /**
   * Weight per service id (default 1). Tickets are ordered by waited time × weight, so a service
   * with weight 2 is called as if its tickets had waited twice as long.
   */
  serviceWeights: Readonly<Record<string, number>>;
};

/** The default policy of the law and of the demo office. */
export const DEFAULT_CALL_POLICY: CallPolicy = {
  preferentialFirst: true,
  maxPreferentialInRow: null,
  serviceWeights: {},
};

/** Reasons a clerk may give for a pause. */
export const PAUSE_REASONS = ['refrigerio', 'capacitacion', 'soporte', 'otro'] as const;
/** One of {@link PAUSE_REASONS}. */
export type PauseReason = (typeof PAUSE_REASONS)[number];
