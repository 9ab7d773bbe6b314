import {
  COMMON_MESSAGES_EN,
  COMMON_MESSAGES_ES,
  COUNTER_MESSAGES_EN,
  COUNTER_MESSAGES_ES,
} from '@cac/shared/i18n';
import type { UiCatalogs } from '@cac/shared/react';
import { CLERK_MESSAGES_EN } from './clerk-messages.en';
import { CLERK_MESSAGES_ES } from './clerk-messages.es';
import { PROCEDURE_MESSAGES_EN } from './procedures/procedure-messages.en';
import { PROCEDURE_MESSAGES_ES } from './procedures/procedure-messages.es';
import { SUPERVISOR_MESSAGES_EN, SUPERVISOR_MESSAGES_ES } from './supervisor/messages';
import { BACKOFFICE_MESSAGES_EN } from './backoffice/backoffice-messages.en';
import { BACKOFFICE_MESSAGES_ES } from './backoffice/backoffice-messages.es';
import { ADMIN_MESSAGES_EN } from './admin/admin-messages.en';
import { ADMIN_MESSAGES_ES } from './admin/admin-messages.es';
import { REPORTS_MESSAGES_EN } from './reports/reports-messages.en';
import { REPORTS_MESSAGES_ES } from './reports/reports-messages.es';

/**
 * The counter's sentences per language: the common catalog, the shared counter one, the clerk's,
 * the supervisor's, the back office's, the reports' and the administration's.
 */
export const COUNTER_CATALOGS = {
  es: {
    ...COMMON_MESSAGES_ES,
    ...COUNTER_MESSAGES_ES,
    ...CLERK_MESSAGES_ES,
    ...SUPERVISOR_MESSAGES_ES,
    ...PROCEDURE_MESSAGES_ES,
    ...BACKOFFICE_MESSAGES_ES,
    ...REPORTS_MESSAGES_ES,
    ...ADMIN_MESSAGES_ES,
  },
  en: {
    ...COMMON_MESSAGES_EN,
    ...COUNTER_MESSAGES_EN,
    ...CLERK_MESSAGES_EN,
    ...SUPERVISOR_MESSAGES_EN,
    ...PROCEDURE_MESSAGES_EN,
    ...BACKOFFICE_MESSAGES_EN,
    ...REPORTS_MESSAGES_EN,
    ...ADMIN_MESSAGES_EN,
  },
} as const satisfies UiCatalogs;
