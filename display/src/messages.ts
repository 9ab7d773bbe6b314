import {
  COMMON_MESSAGES_EN,
  COMMON_MESSAGES_ES,
  DISPLAY_MESSAGES_EN,
  DISPLAY_MESSAGES_ES,
} from '@cac/shared/i18n';
import type { UiCatalogs } from '@cac/shared/react';
import { SCREEN_MESSAGES_EN } from './display-messages.en';
import { SCREEN_MESSAGES_ES } from './display-messages.es';

/** The display's sentences: the common catalog, the shared display one and its own, per language. */
export const DISPLAY_CATALOGS = {
  es: { ...COMMON_MESSAGES_ES, ...DISPLAY_MESSAGES_ES, ...SCREEN_MESSAGES_ES },
  en: { ...COMMON_MESSAGES_EN, ...DISPLAY_MESSAGES_EN, ...SCREEN_MESSAGES_EN },
} as const satisfies UiCatalogs;
