/**
 * What the reports read from the ledger over a range of office days: lean rows of just the columns
 * the figures need, already narrowed by the filters SQL can apply (service, window, clerk); the
 * hour of day, which depends on the office's time zone, is applied by the builder.
 */
export type SourceFilters = {
  from: string;
  to: string;
  serviceId: string | null;
  windowId: string | null;
  clerkId: string | null;
};

/** One ticket record (a transfer leaves one record per queue). Times are epoch ms. */
export type ReportTicketRow = {
  day: string;
  serviceId: string;
  category: string;
  status: string;
  /** 1 for a ticket taken at the kiosk or by staff, 0 for the continuation of a transfer. */
  original: number;
  arrivalAt: number;
  /**
   * When this record started waiting in its queue: the arrival for an original or for a ticket
   * moved while still waiting; the transfer for one moved after a window had it.
   */
  enteredAt: number;
  firstCalledAt: number | null;
  /** Start of the attention, or the call when it was never started. */
  begunAt: number | null;
  finishedAt: number | null;
  outcome: string | null;
  clerkId: string | null;
};

/** A pause-related event: `window:paused` (with who paused), `window:resumed`, `window:closed`, `day:closed`. */
export type ReportWindowEvent = {
  day: string;
  type: string;
  at: number;
  windowId: string | null;
  actorId: string | null;
};

export type ReportRunRow = {
  procedureId: string | null;
  kind: string;
  result: string | null;
  fee: number;
  at: number;
};

export type ReportPaymentRow = {
  total: number;
  method: string;
  at: number;
  serviceId: string | null;
};

export type ReportExpedienteRow = { state: string; dueOn: string | null; createdAt: number };

export type ReportRatingRow = {
  at: number;
  score: number;
  comment: string | null;
  serviceId: string;
};

/** One day's per-record line for the open data: nothing but service, kind, status and wait. */
export type OpenDataTicketRow = {
  day: string;
  serviceId: string;
  original: number;
  status: string;
  /** First call minus {@link ReportTicketRow.enteredAt}, or null when never called. */
  waitMs: number | null;
};

export type ReportSource = {
  tickets(filters: SourceFilters): ReportTicketRow[];
  windowEvents(filters: SourceFilters): ReportWindowEvent[];
  procedureRuns(filters: SourceFilters): ReportRunRow[];
  payments(filters: SourceFilters): ReportPaymentRow[];
  /** Expedientes created in [fromMs, toMs). */
  expedientes(filters: SourceFilters, fromMs: number, toMs: number): ReportExpedienteRow[];
  ratings(filters: SourceFilters): ReportRatingRow[];
  openData(from: string, to: string): OpenDataTicketRow[];
};
