import { EXPEDIENTE_RESOLUTIONS, EXPEDIENTE_STATES } from '../domain/expediente/expediente-state';
import type { ExpedienteState } from '../domain/expediente/expediente-state';
import {
  EXPEDIENTE_STATE_TEXT_CATALOGS,
  describeExpedienteState,
  expedienteStateName,
} from './expediente-states.describe';
import { LANGUAGES } from './languages';

// A day written the way the kiosk's screen writes it (01/12/2026).
const onScreen = (date: string) => date.split('-').reverse().join('/');

const open = { resolution: null, observationDeadline: null, dueOn: '2026-12-03' } as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('expediente state texts', () => {
  it.each(LANGUAGES)('%s declares its language and has no empty sentence', (language) => {
    const catalog = EXPEDIENTE_STATE_TEXT_CATALOGS[language];
    expect(catalog.language).toBe(language);
    for (const text of Object.values<string>(catalog.messages)) expect(text.trim()).not.toBe('');
  });

  it('uses the same placeholders in English as in Spanish', () => {
    const spanish: Readonly<Record<string, string>> = EXPEDIENTE_STATE_TEXT_CATALOGS.es.messages;
    const english: Readonly<Record<string, string>> = EXPEDIENTE_STATE_TEXT_CATALOGS.en.messages;
    for (const [key, text] of Object.entries(spanish)) {
      expect({ key, placeholders: placeholders(english[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it.each(LANGUAGES.flatMap((language) => EXPEDIENTE_STATES.map((state) => ({ language, state }))))(
    '$language names $state and says what it means in a full sentence',
    ({ language, state }) => {
      const described = describeExpedienteState({ ...open, status: state }, language, onScreen);
      expect(described.name).toBe(expedienteStateName(state, language));
      expect(described.name).not.toMatch(/[-.]/);
      expect(described.meaning).toMatch(/^[A-ZÁÉÍÓÚ].*\.$/);
      expect(described.meaning).not.toMatch(/[{}]/);
    },
  );

  it('gives every state its own name', () => {
    for (const language of LANGUAGES) {
      const names = EXPEDIENTE_STATES.map((state) => expedienteStateName(state, language));
      expect(new Set(names).size).toBe(EXPEDIENTE_STATES.length);
    }
  });

  it('tells an observed applicant until when they can fix it', () => {
    expect(
      describeExpedienteState(
        { ...open, status: 'observado', observationDeadline: '2026-12-01' },
        'es',
        onScreen,
      ),
    ).toEqual({
      name: 'Observado',
      meaning: 'Falta algo en su trámite. Tiene hasta el 01/12/2026 para subsanarlo.',
      resolution: null,
      due: null,
    });
  });

  it('sends an observed applicant without a known deadline to the filing desk', () => {
    expect(
      describeExpedienteState({ ...open, status: 'observado' }, 'es', onScreen).meaning,
    ).toMatch(/^Falta algo en su trámite\. Acérquese a mesa de partes/);
  });

  it.each(['recibido', 'subsanado', 'derivado', 'en-evaluacion'] as const)(
    'gives the time limit to answer while %s',
    (status) => {
      expect(describeExpedienteState({ ...open, status }, 'es', onScreen).due).toBe(
        'La municipalidad debe responderle hasta el 03/12/2026.',
      );
    },
  );

  it.each(['observado', 'no-presentado', 'resuelto', 'notificado', 'archivado'] as const)(
    'gives no time limit to answer once %s',
    (status) => {
      expect(describeExpedienteState({ ...open, status }, 'es', onScreen).due).toBeNull();
    },
  );

  it.each(
    LANGUAGES.flatMap((language) =>
      EXPEDIENTE_RESOLUTIONS.map((resolution) => ({ language, resolution })),
    ),
  )('$language explains the result $resolution once resolved', ({ language, resolution }) => {
    const resolved = describeExpedienteState(
      { ...open, status: 'resuelto', resolution },
      language,
      onScreen,
    );
    expect(resolved.resolution).not.toBeNull();
    expect(resolved.meaning).not.toBe(
      describeExpedienteState({ ...open, status: 'resuelto' }, language, onScreen).meaning,
    );
  });

  it('keeps the result after notification and archiving, and words it in Spanish', () => {
    const states: ExpedienteState[] = ['resuelto', 'notificado', 'archivado'];
    expect(
      states.map((status) =>
        describeExpedienteState(
          { ...open, status, resolution: 'aprobado-silencio-positivo' },
          'es',
          onScreen,
        ),
      ),
    ).toEqual([
      {
        name: 'Resuelto',
        resolution: 'Aprobado por silencio positivo',
        meaning:
          'Su solicitud se considera aprobada porque la municipalidad no respondió dentro del plazo.',
        due: null,
      },
      {
        name: 'Notificado',
        resolution: 'Aprobado por silencio positivo',
        meaning: 'Ya se le comunicó la respuesta de su trámite.',
        due: null,
      },
      {
        name: 'Archivado',
        resolution: 'Aprobado por silencio positivo',
        meaning: 'Su trámite terminó y fue archivado.',
        due: null,
      },
    ]);
  });
});
