import type { CounterTextKey, CounterTranslate } from '../counter-text';

/**
 * A code's name in the screen's language, or the code itself when the catalog does not know it
 * yet (a newer hub): a row must never show up blank.
 */
export function catalogName(
  keys: Readonly<Partial<Record<string, CounterTextKey>>>,
  code: string | number,
  t: CounterTranslate,
): string {
  const key = keys[String(code)];
  return key ? t(key) : String(code);
}
