import { pickVoice } from './pick-voice';

const voice = (lang: string, localService = true, name = lang) => ({ lang, localService, name });

describe('pickVoice', () => {
  it.each([
    ['prefers Peruvian Spanish', [voice('es-ES'), voice('es-PE'), voice('es-MX')], 'es', 'es-PE'],
    ['then any Spanish', [voice('en-US'), voice('es-MX'), voice('es-ES')], 'es', 'es-MX'],
    ['reads Android’s es_PE', [voice('es-ES'), voice('es_PE')], 'es', 'es_PE'],
    ['matches a bare "es"', [voice('en-US'), voice('es')], 'es', 'es'],
    ['takes Latin American Spanish (es-419)', [voice('en-US'), voice('es-419')], 'es', 'es-419'],
    [
      'puts a voice of this machine before a network one of the same rank',
      [voice('es-PE', false, 'red'), voice('es-PE', true, 'local')],
      'es',
      'local',
    ],
    [
      'puts a network es-PE before a local es-*: the accent matters more than the link',
      [voice('es-PE', false, 'red'), voice('es-ES', true, 'local')],
      'es',
      'red',
    ],
    ['prefers en-US for English', [voice('en-GB'), voice('en-US')], 'en', 'en-US'],
    ['never answers English with a Spanish voice', [voice('es-PE')], 'en', null],
    ['has nothing without voices', [], 'es', null],
    ['is not fooled by "est" (Estonian)', [voice('et-EE'), voice('est')], 'es', null],
  ] as const)('%s', (_case, voices, language, expected) => {
    const chosen = pickVoice(voices, language);
    expect(chosen?.name ?? null).toBe(expected);
  });
});
