import type { Language } from '@cac/shared/i18n';

const pad = (value: number): string => String(value).padStart(2, '0');

/** A running time as a clock reads it (`04:07`, `1:02:09`) and as an ISO 8601 duration for `<time>`. */
export function formatElapsed(ms: number): { text: string; iso: string } {
  // A start slightly in the future (clock skew) reads 00:00, not a negative time.
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const text =
    hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return { text, iso: `PT${hours}H${minutes}M${seconds}S` };
}

/** Whole minutes of a wait, never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / 60_000));
}

const LOCALES: Readonly<Record<Language, string>> = { es: 'es-PE', en: 'en-US' };

/** The office's local time of day (`10:02`), whatever the time zone of the supervisor's PC. */
export function formatClock(at: number, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}
