import { OUTCOME_PREFERENCES, suggestOutcome } from './outcome-choice';

const MESA = [
  { code: 'expediente-registrado', label: 'Expediente registrado' },
  { code: 'observado', label: 'Observado' },
];

describe('the outcome a panel suggests', () => {
  it('is the first preferred code the service offers, else none', () => {
    expect(suggestOutcome(MESA, OUTCOME_PREFERENCES.expediente)).toBe('expediente-registrado');
    expect(suggestOutcome(MESA, OUTCOME_PREFERENCES.observed)).toBe('observado');
    expect(suggestOutcome(MESA, OUTCOME_PREFERENCES.paid)).toBeNull();
  });
});
