import type { Language } from '@cac/shared/i18n';

// Numbers as Peru writes them (CLDR es-PE: 1,234.5 — the same separators `formatSoles` uses for
// money), so a figure reads the same on the screen, on paper and in the hub's CSV.

const LOCALES: Readonly<Record<Language, string>> = { es: 'es-PE', en: 'en-GB' };

/** Minutes, averages and percentages all keep exactly one decimal, so columns line up. */
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** A count (`1,234`). */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/** A number with one decimal, as the report gives minutes and averages (`12.4`, `3.0`). */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], ONE_DECIMAL).format(value);
}

/** A percentage given as 0–100 with one decimal (`77.4%`). */
export function formatPercent(pct: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', ...ONE_DECIMAL }).format(
    pct / 100,
  );
}

/** The hour of the day as a clock (`08:00`); 24 is the end of the day. */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
