import { spanishNumberWords, ticketNumberWords } from '@cac/shared/domain';
import type { NumberAgreement } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';

/**
 * `n` as the voice of `language` should say it: Spanish in words that agree with what is counted
 * (una persona, veintiún minutos); English engines read digits well, so they get digits. Falls
 * back to digits rather than failing outside the words' range.
 */
export function spokenCount(n: number, language: Language, agreement: NumberAgreement): string {
  if (language !== 'es') return String(n);
  try {
    return spanishNumberWords(n, agreement);
  } catch {
    return String(n);
  }
}

/**
 * A ticket number as the voice says it: "erre veintitrés" in Spanish; "R 23" in English (the
 * letter, then the number without its padding zeros, which an English engine reads well).
 */
export function spokenTicketNumber(ticketNumber: string, language: Language): string {
  if (language === 'es') {
    try {
      return ticketNumberWords(ticketNumber);
    } catch {
      return ticketNumber;
    }
  }
  const match = /^([A-Z]+)-0*(\d+)$/.exec(ticketNumber);
  return match ? `${match[1]} ${match[2]}` : ticketNumber;
}
