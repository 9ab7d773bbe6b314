import {
  COMMON_MESSAGES_EN,
  COMMON_MESSAGES_ES,
  COUNTER_MESSAGES_EN,
  COUNTER_MESSAGES_ES,
} from '@cac/shared/i18n';
import type { UiCatalogs } from '@cac/shared/react';
import { CLERK_MESSAGES_EN } from './clerk-messages.en';
import { CLERK_MESSAGES_ES } from './clerk-messages.es';
import { SUPERVISOR_MESSAGES_EN, SUPERVISOR_MESSAGES_ES } from './supervisor/messages';

/**
 * The counter's sentences per language: the common catalog, the shared counter one, the clerk's
 * and the supervisor's.
 */
export const COUNTER_CATALOGS = {
  es: {
    ...COMMON_MESSAGES_ES,
    ...COUNTER_MESSAGES_ES,
    ...CLERK_MESSAGES_ES,
    ...SUPERVISOR_MESSAGES_ES,
  },
  en: {
    ...COMMON_MESSAGES_EN,
    ...COUNTER_MESSAGES_EN,
    ...CLERK_MESSAGES_EN,
    ...SUPERVISOR_MESSAGES_EN,
  },
} as const satisfies UiCatalogs;
