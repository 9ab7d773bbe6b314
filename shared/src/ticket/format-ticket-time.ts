import type { Language } from '../i18n/languages';
import { cleanForPrinter } from './clean-for-printer';

// The locale whose conventions each language's ticket follows: Peruvian Spanish; US English
// with the month written out, so that 11/03 cannot be misread.
const LOCALES: Readonly<Record<Language, string>> = { es: 'es-PE', en: 'en-US' };

/** The date and the time of a ticket as they are printed. */
export type TicketDateTime = { date: string; time: string };

/**
 * Writes `at` in the office's time zone and the ticket's language ("23 de noviembre de 2026",
 * "10:05 a. m."), cleaned for the printer: some ICU versions (Chromium's, so Electron's) put a
 * narrow no-break space before "a. m." / "AM", which PC850 lacks. Throws a RangeError for an
 * invalid time zone; the caller reports it.
 */
export function formatTicketDateTime(
  at: Date,
  timeZone: string,
  language: Language,
): TicketDateTime {
  const locale = LOCALES[language];
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
  return { date: cleanForPrinter(date), time: cleanForPrinter(time) };
}
