import { workingCalendar } from '../calendar/working-days';
import type { ExpedienteMove, ExpedienteProgress } from './expediente';
import {
  moveExpediente,
  observationLapsed,
  receiveExpediente,
  resolutionDueOn,
} from './expediente';
import type { ExpedienteState } from './expediente-state';
import { EXPEDIENTE_STATES, canMoveExpediente } from './expediente-state';

const CALENDAR = workingCalendar(['2026-12-08', '2026-12-09']);
const AT = Date.parse('2026-11-27T15:00:00Z');

function received(): ExpedienteProgress {
  return receiveExpediente({ at: AT, on: '2026-11-27', by: 'clerk3', office: 'mesa-de-partes' });
}

function move(
  progress: ExpedienteProgress,
  step: Partial<ExpedienteMove> & { to: ExpedienteState },
) {
  return moveExpediente(progress, { at: AT, on: '2026-11-27', by: 'clerk3', ...step }, CALENDAR);
}

function moved(
  progress: ExpedienteProgress,
  step: Partial<ExpedienteMove> & { to: ExpedienteState },
) {
  const result = move(progress, step);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

describe('expediente states', () => {
  it('starts received, with its first step in the history', () => {
    const progress = received();
    expect(progress.state).toBe('recibido');
    expect(progress.history).toEqual([
      {
        state: 'recibido',
        at: AT,
        on: '2026-11-27',
        by: 'clerk3',
        note: null,
        office: 'mesa-de-partes',
        resolution: null,
      },
    ]);
  });

  it('follows the whole ordinary path and keeps who, when and why at each step', () => {
    let progress = received();
    progress = moved(progress, { to: 'derivado', office: 'Gerencia de Desarrollo Económico' });
    progress = moved(progress, { to: 'en-evaluacion', by: 'evaluador1' });
    progress = moved(progress, { to: 'resuelto', resolution: 'aprobado', note: 'Procede' });
    progress = moved(progress, { to: 'notificado' });
    progress = moved(progress, { to: 'archivado' });
    expect(progress.history.map((step) => step.state)).toEqual([
      'recibido',
      'derivado',
      'en-evaluacion',
      'resuelto',
      'notificado',
      'archivado',
    ]);
    expect(progress.office).toBe('Gerencia de Desarrollo Económico');
    expect(progress.resolution).toBe('aprobado');
    expect(progress.history[2]?.by).toBe('evaluador1');
    expect(progress.history[3]?.note).toBe('Procede');
  });

  it('only allows the moves of the table; archived is final', () => {
    const legal: [ExpedienteState, ExpedienteState][] = [];
    for (const from of EXPEDIENTE_STATES) {
      for (const to of EXPEDIENTE_STATES) if (canMoveExpediente(from, to)) legal.push([from, to]);
    }
    expect(legal).toHaveLength(18);
    expect(EXPEDIENTE_STATES.filter((to) => canMoveExpediente('archivado', to))).toEqual([]);
    expect(move(received(), { to: 'notificado' })).toEqual({ ok: false, error: 'ILLEGAL_MOVE' });
    // Observations are made once, at filing: not after it was sent to an office.
    const sent = moved(received(), { to: 'derivado', office: 'Obras' });
    expect(move(sent, { to: 'observado', note: 'Falta plano' })).toEqual({
      ok: false,
      error: 'ILLEGAL_MOVE',
    });
  });

  it('asks for the office of a derivation, the resolution of a decision, the note of an observation', () => {
    expect(move(received(), { to: 'derivado', office: '  ' })).toEqual({
      ok: false,
      error: 'OFFICE_REQUIRED',
    });
    expect(move(received(), { to: 'resuelto' })).toEqual({
      ok: false,
      error: 'RESOLUTION_REQUIRED',
    });
    expect(move(received(), { to: 'observado' })).toEqual({ ok: false, error: 'NOTE_REQUIRED' });
  });
});

describe('observations at filing', () => {
  // Observed on Friday 27 Nov 2026: 2 working days → Tuesday 1 Dec is the last day to fix it.
  const observed = () => moved(received(), { to: 'observado', note: 'Falta copia del DNI' });

  it('gives two working days, across the weekend', () => {
    expect(observed().observationDeadline).toBe('2026-12-01');
  });

  it('accepts the fix on the last day, refuses it the day after', () => {
    expect(move(observed(), { to: 'subsanado', on: '2026-12-01' }).ok).toBe(true);
    expect(move(observed(), { to: 'subsanado', on: '2026-12-02' })).toEqual({
      ok: false,
      error: 'OBSERVATION_LAPSED',
    });
  });

  it('counts as not presented only once the term is over', () => {
    expect(observationLapsed(observed(), '2026-12-01')).toBe(false);
    expect(observationLapsed(observed(), '2026-12-02')).toBe(true);
    expect(move(observed(), { to: 'no-presentado', on: '2026-12-01', by: 'system' })).toEqual({
      ok: false,
      error: 'OBSERVATION_STILL_OPEN',
    });
    const lapsed = moved(observed(), { to: 'no-presentado', on: '2026-12-02', by: 'system' });
    expect(lapsed.observationDeadline).toBeNull();
    expect(moved(lapsed, { to: 'archivado' }).state).toBe('archivado');
  });

  it('closes the observation once fixed, and goes on as usual', () => {
    const fixed = moved(observed(), { to: 'subsanado', on: '2026-11-30' });
    expect(fixed.observationDeadline).toBeNull();
    expect(observationLapsed(fixed, '2027-01-01')).toBe(false);
    expect(moved(fixed, { to: 'derivado', office: 'Obras' }).state).toBe('derivado');
  });

  it('counts holidays out of the term', () => {
    const monday = moved(received(), { to: 'observado', on: '2026-12-07', note: 'Falta firma' });
    // 8 and 9 Dec are holidays: Thursday 10 and Friday 11 are the two working days.
    expect(monday.observationDeadline).toBe('2026-12-11');
  });
});

describe('legal time limits', () => {
  it('ends the given working days after reception', () => {
    expect(resolutionDueOn(received(), 4, CALENDAR)).toBe('2026-12-03');
    expect(resolutionDueOn(received(), 10, CALENDAR)).toBe('2026-12-15');
  });
});
