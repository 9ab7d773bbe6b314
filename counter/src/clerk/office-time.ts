import type { Language } from '@cac/shared/i18n';

const LOCALES = { es: 'es-PE', en: 'en-US' } as const satisfies Record<Language, string>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** `09:05` in the office's time zone (never the PC's), 24-hour clock. */
export function officeTime(at: number, timeZone: string, language: Language): string {
  const key = `${language}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, format);
  }
  return format.format(at);
}
