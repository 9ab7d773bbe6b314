import { IDENTITY_PROBLEMS } from '../domain/identity/identity-check';
import { validateDni } from '../domain/identity/dni';
import { MONEY_PROBLEMS } from '../domain/money/money-problem';
import { TICKET_STATUSES } from '../domain/ticket';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage } from './languages';
import {
  COMMAND_PHRASE_CATALOGS,
  ERROR_CATALOGS,
  IDENTITY_CATALOGS,
  MONEY_CATALOGS,
  TICKET_STATUS_NAME_CATALOGS,
  TICKET_STATUS_PHRASE_CATALOGS,
} from './message-catalogs';

const REGISTRIES = {
  ERROR_CATALOGS,
  IDENTITY_CATALOGS,
  MONEY_CATALOGS,
  TICKET_STATUS_NAME_CATALOGS,
  TICKET_STATUS_PHRASE_CATALOGS,
  COMMAND_PHRASE_CATALOGS,
};

describe('languages', () => {
  it('speaks Spanish first and has no invented Quechua catalog', () => {
    expect(DEFAULT_LANGUAGE).toBe('es');
    expect(LANGUAGES).toEqual(['es', 'en']);
  });

  it.each([
    ['es', true],
    ['en', true],
    ['qvc', false],
    ['quz', false],
    ['ES', false],
    [undefined, false],
  ])('isLanguage(%s) is %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});

describe('message catalogs', () => {
  const cases = Object.entries(REGISTRIES).flatMap(([registry, byLanguage]) =>
    LANGUAGES.map((lang) => ({ registry, lang, catalog: byLanguage[lang] })),
  );

  it.each(cases)('$registry.$lang declares its own language', ({ lang, catalog }) => {
    expect(catalog.language).toBe(lang);
    expect(typeof catalog.reviewed).toBe('boolean');
  });

  it.each(cases)('$registry.$lang has no empty sentence', ({ catalog }) => {
    for (const text of Object.values<string>(catalog.messages)) {
      expect(text.trim()).not.toBe('');
    }
  });

  it.each(
    LANGUAGES.flatMap((lang) => [
      ...IDENTITY_PROBLEMS.map((problem) => ({ lang, problem, catalog: IDENTITY_CATALOGS[lang] })),
      ...MONEY_PROBLEMS.map((problem) => ({ lang, problem, catalog: MONEY_CATALOGS[lang] })),
    ]),
  )('$lang explains $problem', ({ problem, catalog }) => {
    const messages: Readonly<Record<string, string>> = catalog.messages;
    expect(messages[problem]?.trim()).toMatch(/\.$/);
  });

  it.each(LANGUAGES.flatMap((lang) => TICKET_STATUSES.map((status) => ({ lang, status }))))(
    '$lang names and phrases the status $status',
    ({ lang, status }) => {
      expect(TICKET_STATUS_NAME_CATALOGS[lang].messages[status]).not.toBe('');
      expect(TICKET_STATUS_PHRASE_CATALOGS[lang].messages[status]).not.toBe('');
    },
  );

  it('uses the agreed Spanish names of the statuses', () => {
    expect(TICKET_STATUS_NAME_CATALOGS.es.messages).toEqual({
      waiting: 'en espera',
      called: 'llamado',
      serving: 'en atención',
      done: 'atendido',
      no_show: 'no se presentó',
      cancelled: 'anulado',
      transferred: 'transferido',
      expired: 'vencido',
    });
  });

  it.each(LANGUAGES)('the DNI examples in the %s sentence are themselves valid', (lang) => {
    const examples = IDENTITY_CATALOGS[lang].messages.DNI_FORMAT.match(/\d{8}(?:-\w)?/g) ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(validateDni(example).valid).toBe(true);
  });
});
