/**
 * Languages the suite can show to people. Spanish first. Cajamarca Quechua (`qvc`) belongs here only
 * once a registered translator (ReNITLI, Ley 29735) has written its catalogs: Quechua text is never
 * invented or machine-made.
 */
export const LANGUAGES = ['es', 'en'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** The language of every screen, ticket and message unless a person picks another. */
export const DEFAULT_LANGUAGE: Language = 'es';

/** True when `value` names a language the suite has catalogs for (e.g. a `?lang=` setting). */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * A set of sentences in one language, keyed by stable codes (a `Record`, so TypeScript refuses a
 * catalog that misses a key). `reviewed` says whether a qualified person for that language (for
 * Quechua: a registered translator) has checked the text; screens may use it to mark unreviewed
 * text, and a catalog must not claim a review that did not happen.
 */
export type Catalog<K extends string> = {
  language: Language;
  reviewed: boolean;
  messages: Readonly<Record<K, string>>;
};
