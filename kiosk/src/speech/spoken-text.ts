import type { Language } from '@cac/shared/i18n';
import type { IssuedTicket } from '@cac/shared/protocol';
import type { Translate } from '@cac/shared/react';
import { spokenCount, spokenTicketNumber } from './spoken-number';

// What each screen says when read aloud. Built from the `kiosk.voice.*` sentences, with numbers
// in words, because a speech engine reads "Espera aprox. 16 min" as letters and abbreviations.

/** A service as the home screen says it. */
export type SpokenService = { name: string; waiting: number; estimatedWaitMin: number };

function minutes(t: Translate, language: Language, count: number): string {
  return count === 1
    ? t('kiosk.voice.oneMinute')
    : t('kiosk.voice.manyMinutes', { count: spokenCount(count, language, 'masculine') });
}

function waitingPeople(t: Translate, language: Language, count: number): string {
  if (count === 0) return t('kiosk.voice.nobodyWaiting');
  if (count === 1) return t('kiosk.voice.oneWaiting');
  return t('kiosk.voice.manyWaiting', { count: spokenCount(count, language, 'feminine') });
}

/** The home screen: what to do, then each service with its queue, in the order shown. */
export function homeSpeech(
  t: Translate,
  language: Language,
  services: readonly SpokenService[],
): string {
  const lines = services.map((service) =>
    t('kiosk.voice.service', {
      name: service.name,
      waiting: waitingPeople(t, language, service.waiting),
      wait:
        service.estimatedWaitMin > 0
          ? t('kiosk.voice.wait', { minutes: minutes(t, language, service.estimatedWaitMin) })
          : '',
    }),
  );
  return [t('kiosk.voice.home'), ...lines].join(' ');
}

/** The preferential step: the question with every case, and how to say "none". */
export function preferentialSpeech(t: Translate): string {
  return t('kiosk.voice.preferential');
}

/**
 * The confirmation: "Su turno es erre veintitrés. Hay cuatro personas antes que usted. …". A
 * preferential ticket says only that it is preferential, never which category: the hall hears it.
 */
export function ticketSpeech(t: Translate, language: Language, ticket: IssuedTicket): string {
  const lines = [t('kiosk.voice.ticket', { number: spokenTicketNumber(ticket.number, language) })];
  if (ticket.category !== 'none') lines.push(t('kiosk.voice.preferentialTicket'));
  if (ticket.position === 0) lines.push(t('kiosk.voice.nobodyAhead'));
  else if (ticket.position === 1) lines.push(t('kiosk.voice.oneAhead'));
  else {
    lines.push(
      t('kiosk.voice.manyAhead', { count: spokenCount(ticket.position, language, 'feminine') }),
    );
  }
  if (ticket.estimatedWaitMin > 0) {
    lines.push(
      t('kiosk.voice.estimate', { minutes: minutes(t, language, ticket.estimatedWaitMin) }),
    );
  }
  lines.push(t('kiosk.voice.takeTicket'));
  return lines.join(' ');
}

/** The ticket was not printed: the number to remember, in words. */
export function notPrintedSpeech(t: Translate, language: Language, ticket: IssuedTicket): string {
  return t('kiosk.voice.notPrinted', { number: spokenTicketNumber(ticket.number, language) });
}

/** A message screen (out of service, an error): its heading, then its text, as sentences. */
export function messageSpeech(...parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/[.?!…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
