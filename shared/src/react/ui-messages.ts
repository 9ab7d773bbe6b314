import type {
  CommonMessageKey,
  CounterMessageKey,
  DisplayMessageKey,
  KioskMessageKey,
  Language,
  MessageParams,
} from '../i18n';

/** Any key of the faces' UI catalogs. */
export type UiMessageKey =
  CommonMessageKey | KioskMessageKey | DisplayMessageKey | CounterMessageKey;

/** The sentences one face loads for one language: the common catalog merged with its own. */
export type UiMessages = Readonly<Partial<Record<UiMessageKey, string>>>;

/** A face's sentences in every language it offers. Spanish is required: it is the fallback. */
export type UiCatalogs = Readonly<{ es: UiMessages } & Partial<Record<Language, UiMessages>>>;

/** Renders a catalog sentence in the current language. */
export type Translate = (key: UiMessageKey, params?: MessageParams) => string;
