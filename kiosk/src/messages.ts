import {
  COMMON_MESSAGES_EN,
  COMMON_MESSAGES_ES,
  KIOSK_MESSAGES_EN,
  KIOSK_MESSAGES_ES,
} from '@cac/shared/i18n';
import type { UiCatalogs } from '@cac/shared/react';

/** The kiosk's sentences: the common catalog plus its own, per language. */
export const KIOSK_CATALOGS = {
  es: { ...COMMON_MESSAGES_ES, ...KIOSK_MESSAGES_ES },
  en: { ...COMMON_MESSAGES_EN, ...KIOSK_MESSAGES_EN },
} as const satisfies UiCatalogs;
