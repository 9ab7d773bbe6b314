import {
  COMMON_MESSAGES_EN,
  COMMON_MESSAGES_ES,
  DISPLAY_MESSAGES_EN,
  DISPLAY_MESSAGES_ES,
} from '@cac/shared/i18n';
import type { UiCatalogs } from '@cac/shared/react';

/** The display's sentences: the common catalog plus its own, per language. */
export const DISPLAY_CATALOGS = {
  es: { ...COMMON_MESSAGES_ES, ...DISPLAY_MESSAGES_ES },
  en: { ...COMMON_MESSAGES_EN, ...DISPLAY_MESSAGES_EN },
} as const satisfies UiCatalogs;
