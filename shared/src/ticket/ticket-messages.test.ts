import { TICKET_MESSAGES_EN } from '../i18n/catalogs/ticket.en';
import { TICKET_MESSAGES_ES } from '../i18n/catalogs/ticket.es';
import { TICKET_MESSAGES_EN as FROM_INDEX_EN, TICKET_MESSAGES_ES as FROM_INDEX_ES } from '../i18n';
import { ticketText } from './ticket-text';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1] ?? '').sort();
}

describe('ticket catalogs', () => {
  it('English has the same keys and placeholders as Spanish', () => {
    const es: Readonly<Record<string, string>> = TICKET_MESSAGES_ES;
    const en: Readonly<Record<string, string>> = TICKET_MESSAGES_EN;
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const key of Object.keys(es)) {
      expect({ key, placeholders: placeholders(en[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(es[key] ?? ''),
      });
    }
  });

  it('keeps every key under "ticket.", so merged catalogs never collide', () => {
    for (const key of Object.keys(TICKET_MESSAGES_ES)) expect(key.startsWith('ticket.')).toBe(true);
  });

  it('is exported by @cac/shared/i18n', () => {
    expect(FROM_INDEX_ES).toBe(TICKET_MESSAGES_ES);
    expect(FROM_INDEX_EN).toBe(TICKET_MESSAGES_EN);
  });

  it('fills parameters, in Spanish unless told', () => {
    expect(ticketText('ticket.ahead', { count: 4 })).toBe('Personas antes que usted: 4');
    expect(ticketText('ticket.ahead', { count: 4 }, 'en')).toBe('People ahead of you: 4');
  });
});
