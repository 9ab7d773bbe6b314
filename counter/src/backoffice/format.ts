import type { CivilDate } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';

const LOCALES: Readonly<Record<Language, string>> = { es: 'es-PE', en: 'en-GB' };

/** The office's local date and time of an instant (`27/11/2026 10:02`), whatever the PC's zone. */
export function formatDateTime(at: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  })
    .format(at)
    .replace(',', '');
}

/** The office's local date of an instant (`27/11/2026`). */
export function formatDate(at: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  }).format(at);
}

/** A civil date as Peru writes it (`01/12/2026`); it has no time zone to convert. */
export function formatCivilDate(date: CivilDate): string {
  return date.split('-').reverse().join('/');
}
