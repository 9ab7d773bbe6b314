/**
 * The number printed on a ticket and shown on the displays: the service prefix, a hyphen and the
 * day's sequence padded to at least three digits (`R-001`, `R-999`, `R-1000`). Three digits keep
 * the numbers the same width for the usual day while never truncating a busy one.
 */
export function formatTicketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}
