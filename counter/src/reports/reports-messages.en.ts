import type { ReportsMessageKey } from './reports-messages.es';

/** Strings of the reports screens, in English. */
export const REPORTS_MESSAGES_EN: Readonly<Record<ReportsMessageKey, string>> = {
  'reports.heading': 'Reports',
};
