import type { CivilDate } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';

// Dates of an expediente for a citizen. Days (deadlines) are civil dates with no zone; moments
// (the history) are shown in the office's time zone, never the PC's.

const LOCALES: Readonly<Record<Language, string>> = { es: 'es-PE', en: 'en-US' };

function utcDay(date: CivilDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/**
 * A day on screen: `01/12/2026` in Spanish (how the cargo writes it); in English the month in
 * words, because 12/01 reads as December to some visitors and as January to others.
 */
export function screenDay(date: CivilDate, language: Language): string {
  if (language === 'es') return date.split('-').reverse().join('/');
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'UTC', dateStyle: 'long' }).format(
    utcDay(date),
  );
}

/** A day for the voice: "1 de diciembre de 2026" (an engine reads 01/12/2026 as a fraction). */
export function spokenDay(date: CivilDate, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(utcDay(date));
}

/** A moment of the history in the office's zone: `27/11/2026, 10:05`. */
export function screenMoment(at: string, timeZone: string, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    language === 'es'
      ? {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }
      : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone }).format(new Date(at));
}
