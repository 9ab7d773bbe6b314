import { ERROR_CODES } from '../protocol/error-codes';
import type { ErrorCode } from '../protocol/error-codes';
import { errorMessage, formatMessage } from './format-message';
import type { MessageParams } from './format-message';
import { LANGUAGES } from './languages';
import { ERROR_CATALOGS } from './message-catalogs';

describe('formatMessage', () => {
  it.each<[string, MessageParams, string]>([
    ['Ticket {number}', { number: 'R-001' }, 'Ticket R-001'],
    ['{a} y {a}', { a: 'x' }, 'x y x'],
    ['{n}', { n: 0 }, '0'],
    ['Ticket {number}', {}, 'Ticket {number}'],
    ['Ticket {number}', { number: undefined }, 'Ticket {number}'],
    ['{constructor}', {}, '{constructor}'],
    ['Espere {s|segundo|segundos}.', { s: 1 }, 'Espere 1 segundo.'],
    ['Espere {s|segundo|segundos}.', { s: 30 }, 'Espere 30 segundos.'],
    ['Espere {s|segundo|segundos}.', { s: 0 }, 'Espere 0 segundos.'],
    ['Espere {s|segundo|segundos}.', { s: '1' }, 'Espere 1 segundo.'],
    ['Espere {s|segundo|segundos}.', {}, 'Espere {s|segundo|segundos}.'],
    ['No válido.[[ Campo «{field}».]]', { field: 'serviceId' }, 'No válido. Campo «serviceId».'],
    ['No válido.[[ Campo «{field}».]]', {}, 'No válido.'],
    ['No válido.[[ Campo «{field}».]]', { field: '' }, 'No válido.'],
    ['[[{a} {b}]]', { a: 'x' }, ''],
    ['[[{a}]][[{b}]]', { b: 'y' }, 'y'],
    // A value is inserted as text, never read again as a template.
    ['{a}', { a: '{b}' }, '{b}'],
    ['Sin parámetros.', { extra: 'x' }, 'Sin parámetros.'],
  ])('%s with %o → %s', (template, params, text) => {
    expect(formatMessage(template, params)).toBe(text);
  });
});

// The parameters the domain and the hub send with each code (see the brief of the catalog).
const PARAMS: Partial<Record<ErrorCode, MessageParams>> = {
  UNKNOWN_TICKET: { ticketId: 't-42' },
  ILLEGAL_TRANSITION: { number: 'R-001', status: 'done', command: 'ticket:recall' },
  NO_SHOW_TOO_EARLY: { seconds: 45 },
  INVALID_PAYLOAD: { field: 'serviceId', detail: 'Required' },
  RATE_LIMITED: { seconds: 30 },
  ACCOUNT_LOCKED: { minutes: 15 },
  PROTOCOL_MISMATCH: { expected: 3, received: 2 },
  WINDOW_BUSY: { windowId: 'v1', number: 'R-002' },
  PROCEDURE_UNKNOWN: { procedureId: 'copia-acta' },
  PROCEDURE_KIND_MISMATCH: { procedure: 'Licencia de funcionamiento' },
  TICKET_NOT_SERVING: { number: 'M-003' },
  TICKET_NOT_AT_YOUR_WINDOW: { number: 'M-003' },
  RISK_LEVEL_UNKNOWN: { riskLevel: 'alto' },
  REQUIREMENT_UNKNOWN: { requirement: 'Plano' },
  DOCUMENT_TYPE_UNKNOWN: { documentType: 'Memorial' },
  DESTINATION_OFFICE_UNKNOWN: { office: 'Alcaldía' },
  FEE_UNAVAILABLE: { year: 2027 },
  EXPEDIENTE_UNKNOWN: { number: 'EXP-2026-000123' },
  EXPEDIENTE_MOVE_REFUSED: { reason: 'Falta la oficina.' },
  RECEIPT_NOT_FOUND: { receiptNumber: 'REC-2026-000001' },
  TAX_DEBT_NOT_FOUND: { debtId: 'papeleta:C-1:P-1' },
  TAX_DEBT_ALREADY_PAID: { debtId: 'papeleta:C-1:P-1', receiptNumber: 'REC-2026-000001' },
  TAX_PAYMENT_ID_REUSED: { receiptNumber: 'REC-2026-000001' },
  SERVICE_IN_USE: { service: 'Licencias', count: 2 },
  WINDOW_IN_USE: { window: 'Ventanilla 6' },
  USERNAME_TAKEN: { username: 'clerk1' },
  UNKNOWN_USER: { userId: 'nadie' },
  LAST_ADMIN: { userId: 'admin' },
  UNKNOWN_DEVICE: { deviceId: 'tv-1' },
  DEVICE_ID_TAKEN: { deviceId: 'display-1' },
};

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe('errorMessage', () => {
  const cases = LANGUAGES.flatMap((lang) => ERROR_CODES.map((code) => ({ lang, code })));

  it.each(cases)('$lang has a sentence for $code', ({ lang, code }) => {
    const template = ERROR_CATALOGS[lang].messages[code];
    expect(template.trim().length).toBeGreaterThan(10);
    expect(template).toMatch(/[.!?]$|\]\]$/);
  });

  it.each(cases)('$lang fills every placeholder of $code', ({ lang, code }) => {
    const text = errorMessage(code, PARAMS[code], lang);
    expect(text).not.toMatch(/[{}[\]]/);
    expect(text.trim()).not.toBe('');
  });

  it.each(ERROR_CODES)('es and en use the same placeholders for %s', (code) => {
    expect(placeholders(ERROR_CATALOGS.en.messages[code])).toEqual(
      placeholders(ERROR_CATALOGS.es.messages[code]),
    );
  });

  it.each([
    {
      params: { number: 'R-001', status: 'done', command: 'ticket:recall' },
      es: 'El ticket R-001 ya fue atendido: no se puede volver a llamar.',
      en: 'Ticket R-001 has already been served, so it cannot be called again.',
    },
    {
      params: { number: 'L-014', status: 'waiting', command: 'ticket:finish' },
      es: 'El ticket L-014 está en espera: no se puede finalizar la atención.',
      en: 'Ticket L-014 is waiting, so it cannot be finished.',
    },
    {
      params: { number: 'P-003', status: 'cancelled', command: 'ticket:transfer' },
      es: 'El ticket P-003 fue anulado: no se puede transferir.',
      en: 'Ticket P-003 was cancelled, so it cannot be transferred.',
    },
    {
      params: { number: 'R-120', status: 'no_show', command: 'ticket:start' },
      es: 'El ticket R-120 fue marcado como no presentado: no se puede iniciar la atención.',
      en: 'Ticket R-120 was marked as a no-show, so it cannot be started.',
    },
    {
      params: { number: 'R-007', status: 'expired', command: 'ticket:call' },
      es: 'El ticket R-007 venció al cierre del día: no se puede llamar.',
      en: 'Ticket R-007 expired when the day was closed, so it cannot be called.',
    },
  ])('ILLEGAL_TRANSITION reads naturally: $es', ({ params, es, en }) => {
    expect(errorMessage('ILLEGAL_TRANSITION', params)).toBe(es);
    expect(errorMessage('ILLEGAL_TRANSITION', params, 'es')).toBe(es);
    expect(errorMessage('ILLEGAL_TRANSITION', params, 'en')).toBe(en);
  });

  it('keeps a status or command it does not know as given', () => {
    expect(
      errorMessage('ILLEGAL_TRANSITION', { number: 'R-1', status: 'estado nuevo', command: 'x' }),
    ).toBe('El ticket R-1 estado nuevo: no se puede x.');
  });

  it.each([
    [
      'NO_SHOW_TOO_EARLY',
      { seconds: 1 },
      'Todavía es pronto para marcarlo como no presentado: espere 1 segundo más, por si la persona está en camino.',
    ],
    [
      'RATE_LIMITED',
      { seconds: 30 },
      'Se hicieron demasiados intentos seguidos. Espere 30 segundos e inténtelo de nuevo.',
    ],
    [
      'ACCOUNT_LOCKED',
      { minutes: 1 },
      'La cuenta está bloqueada por varios intentos fallidos. Inténtelo de nuevo dentro de 1 minuto.',
    ],
    ['UNKNOWN_TICKET', { ticketId: 't-42' }, 'No se encontró el ticket t-42.'],
    [
      'PROTOCOL_MISMATCH',
      { expected: 3, received: 2 },
      'Esta aplicación usa la versión 2 del protocolo y el servidor espera la versión 3. Recargue la página o pida que actualicen la aplicación.',
    ],
    ['INVALID_PAYLOAD', undefined, 'Los datos enviados no son válidos.'],
    [
      'WINDOW_BUSY',
      { windowId: 'v1', number: 'R-002' },
      'La ventanilla ya tiene un ticket en curso (R-002). Finalícelo, transfiéralo o márquelo como no presentado antes de llamar a otro.',
    ],
    [
      'WINDOW_BUSY',
      { windowId: 'v1', number: '' },
      'La ventanilla ya tiene un ticket en curso. Finalícelo, transfiéralo o márquelo como no presentado antes de llamar a otro.',
    ],
    [
      'INVALID_PAYLOAD',
      { field: 'serviceId' },
      'Los datos enviados no son válidos. Revise el campo «serviceId».',
    ],
    [
      'INVALID_PAYLOAD',
      { field: 'serviceId', detail: 'Required' },
      'Los datos enviados no son válidos. Revise el campo «serviceId». Detalle: Required',
    ],
  ] as const)('%s with %o in Spanish', (code, params, text) => {
    expect(errorMessage(code, params)).toBe(text);
  });

  it('falls back to Spanish for a language it has no catalog for', () => {
    expect(errorMessage('FORBIDDEN', undefined, 'qvc' as never)).toBe(
      ERROR_CATALOGS.es.messages.FORBIDDEN,
    );
  });

  it('gives the generic sentence for a code sent by a newer hub', () => {
    expect(errorMessage('SOMETHING_NEW' as never)).toBe(ERROR_CATALOGS.es.messages.INTERNAL);
  });
});
