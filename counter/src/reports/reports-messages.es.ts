/** Strings of the reports screens, in Spanish (the default). */
export const REPORTS_MESSAGES_ES = {
  'reports.heading': 'Reportes',
} as const;

/** A key of the reports screens' catalog. */
export type ReportsMessageKey = keyof typeof REPORTS_MESSAGES_ES;
