import {
  ExpedienteAccessKeySchema,
  ExpedienteLookupSchema,
  expedienteLookupPath,
} from './expediente-lookup';

const observed = {
  number: 'EXP-2026-000123',
  documentTitle: 'Expediente N° 000123-2026-MPC',
  procedure: 'Mesa de partes – solicitud',
  status: 'observado',
  dueOn: '2026-12-03',
  observationDeadline: '2026-12-01',
  resolution: null,
  history: [
    { status: 'recibido', at: '2026-11-27T15:05:00.000Z' },
    { status: 'observado', at: '2026-11-27T15:09:00.000Z', note: 'Falta copia del DNI.' },
  ],
};

describe('expediente lookup answer', () => {
  it('reads the answer of the contract', () => {
    expect(ExpedienteLookupSchema.parse(observed)).toEqual(observed);
  });

  it.each([
    [
      'resolved by positive silence',
      { status: 'resuelto', resolution: 'aprobado-silencio-positivo' },
    ],
    ['without dates', { dueOn: null, observationDeadline: null }],
    [
      'a time with an offset',
      { history: [{ status: 'recibido', at: '2026-11-27T10:05:00-05:00' }] },
    ],
    [
      'a step with a null note',
      { history: [{ status: 'recibido', at: '2026-11-27T15:05:00Z', note: null }] },
    ],
  ])('accepts %s', (_name, patch) => {
    expect(ExpedienteLookupSchema.safeParse({ ...observed, ...patch }).success).toBe(true);
  });

  it('drops what the citizen must not see, so the hub can shape its answer with it', () => {
    const parsed = ExpedienteLookupSchema.parse({
      ...observed,
      applicant: { name: 'Rosa Quispe', dni: '10117410' },
      history: [{ status: 'recibido', at: '2026-11-27T15:05:00.000Z', by: 'clerk1' }],
    });
    expect(parsed).not.toHaveProperty('applicant');
    expect(parsed.history[0]).toEqual({ status: 'recibido', at: '2026-11-27T15:05:00.000Z' });
  });

  it.each([
    ['an unknown state', { status: 'impugnado' }],
    ['an unknown resolution', { status: 'resuelto', resolution: 'aceptado' }],
    ['a number in the printed form', { number: '000123-2026' }],
    ['an impossible day', { observationDeadline: '2026-02-30' }],
    ['a day with a time', { dueOn: '2026-12-03T00:00:00Z' }],
    ['no history', { history: [] }],
    ['a step without a time', { history: [{ status: 'recibido' }] }],
    ['a missing title', { documentTitle: ' ' }],
  ])('refuses %s', (_name, patch) => {
    expect(ExpedienteLookupSchema.safeParse({ ...observed, ...patch }).success).toBe(false);
  });

  it('refuses nothing at all', () => {
    expect(ExpedienteLookupSchema.safeParse(null).success).toBe(false);
  });
});

describe('expediente lookup request', () => {
  it('asks for the canonical number and the key’s digits', () => {
    expect(expedienteLookupPath({ year: 2026, sequence: 123 }, '48210937')).toBe(
      '/api/v1/expedientes/EXP-2026-000123?k=48210937',
    );
  });

  it.each([
    ['48210937', true],
    ['4821-0937', false],
    ['4821093', false],
    ['482109371', false],
    ['abcdefgh', false],
  ])('key %s is %s', (key, valid) => {
    expect(ExpedienteAccessKeySchema.safeParse(key).success).toBe(valid);
  });
});
