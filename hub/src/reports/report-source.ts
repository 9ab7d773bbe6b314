/** What the reports read from the ledger over a range of office days: being built. */
export type ReportSource = {
  /** How many ticket records the days hold. */
  ticketCount(fromDay: string, toDay: string): number;
};
