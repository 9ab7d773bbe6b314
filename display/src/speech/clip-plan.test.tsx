// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import { SPANISH_LETTER_NAMES } from '@cac/shared/domain';
import type { CallRecord } from '@cac/shared/domain';
import { callAnnouncement } from './call-announcement';
import type { ClipManifest } from './clip-manifest';
import { parseClipManifest } from './clip-manifest';
import { planClips } from './clip-plan';
import { clipFileStem, clipVocabulary } from './clip-vocabulary';
import { numberUnits, windowUnits } from './spoken-units';

function manifestOf(units: readonly string[]): ClipManifest {
  const clips = Object.fromEntries(
    units.map((u) => [u, { file: `${clipFileStem(u)}.ogg`, ms: 500 }]),
  );
  return { format: 1, language: 'es', voice: 'test', clips, chime: null };
}

const call: CallRecord = {
  ticketId: 't1',
  number: 'R-023',
  serviceId: 'registro-civil',
  category: 'none',
  windowId: 'ventanilla-3',
  at: 0,
  callCount: 1,
};

describe('planClips', () => {
  it('composes "Turno R veintitrés, ventanilla tres" from clips, with a person’s pauses', () => {
    const { parts } = callAnnouncement(call, 'Ventanilla 3');
    const plan = planClips(parts ?? [], manifestOf(clipVocabulary()));
    expect(plan).toEqual({
      ok: true,
      steps: [
        { kind: 'clip', unit: 'turno', file: 'turno.ogg' },
        { kind: 'pause', ms: 70 },
        { kind: 'clip', unit: 'erre', file: 'erre.ogg' },
        { kind: 'pause', ms: 70 },
        { kind: 'clip', unit: 'veintitrés', file: 'veintitres.ogg' },
        { kind: 'pause', ms: 300 },
        { kind: 'clip', unit: 'ventanilla', file: 'ventanilla.ogg' },
        { kind: 'pause', ms: 70 },
        { kind: 'clip', unit: 'tres', file: 'tres.ogg' },
      ],
    });
  });

  it('names the units that have no clip instead of saying half a call', () => {
    const { parts } = callAnnouncement(call, 'Pabellón 3');
    const plan = planClips(parts ?? [], manifestOf(clipVocabulary()));
    expect(plan).toEqual({ ok: false, missing: ['pabellón'] });
  });
});

describe('clipVocabulary', () => {
  const vocabulary = clipVocabulary();

  it('has a clip for every piece of every ticket number, letter and window number', () => {
    const have = new Set(vocabulary);
    for (let n = 1; n <= 9999; n += 1) {
      for (const unit of numberUnits(n)) expect(have.has(unit)).toBe(true);
    }
    for (const name of Object.values(SPANISH_LETTER_NAMES)) expect(have.has(name)).toBe(true);
    for (const unit of ['turno', 'segundo llamado', 'nuevo llamado', 'cero', 'ventanilla']) {
      expect(have.has(unit)).toBe(true);
    }
  });

  it('stays small: about 150 clips', () => {
    expect(vocabulary.length).toBeGreaterThan(130);
    expect(vocabulary.length).toBeLessThan(170);
  });

  it('adds the words of an office’s own window names', () => {
    expect(clipVocabulary(['Pabellón A 2'])).toContain('pabellón');
    expect(vocabulary).not.toContain('pabellón');
    expect(windowUnits('Pabellón A 2')).toEqual(['pabellón', 'a', 'dos']);
  });

  it('gives each clip its own plain file name', () => {
    const stems = vocabulary.map(clipFileStem);
    expect(new Set(stems).size).toBe(vocabulary.length);
    for (const stem of stems) expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(clipFileStem('eñe')).toBe('enne');
    expect(clipFileStem('ene')).toBe('ene');
    expect(clipFileStem('cuarenta y cinco')).toBe('cuarenta-y-cinco');
    expect(clipFileStem('módulo')).toBe('modulo');
  });
});

describe('parseClipManifest', () => {
  it('reads a manifest and leaves out a bad entry', () => {
    const manifest = parseClipManifest({
      format: 1,
      language: 'es',
      voice: 'espeak-ng',
      clips: {
        turno: { file: 'turno.ogg', ms: 420 },
        erre: { file: '../secret.ogg', ms: 300 },
        uno: { file: 'uno.ogg', ms: 0 },
      },
    });
    expect(manifest).toEqual({
      format: 1,
      language: 'es',
      voice: 'espeak-ng',
      clips: { turno: { file: 'turno.ogg', ms: 420 } },
      chime: null,
    });
  });

  it.each([null, 'x', { format: 2, language: 'es', clips: {} }, { format: 1, clips: {} }])(
    'refuses %j',
    (json) => {
      expect(parseClipManifest(json)).toBeNull();
    },
  );
});
