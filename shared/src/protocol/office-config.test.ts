import type { OfficeConfig, OfficeConfigInput } from './office-config';
import {
  OfficeConfigSchema,
  describeConfigIssues,
  parseOfficeConfig,
  toOfficeRules,
} from './office-config';

const PIN_HASH = `scrypt$16384$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`;
const KEY_HASH = `sha256$${'0'.repeat(64)}`;

function service(id: string, name: string, prefix: string) {
  return {
    id,
    name,
    prefix,
    icon: id,
    colour: '#1F6FB2',
    slaTargetMin: 20,
    defaultServiceMin: 8,
    active: true,
    askPreferential: true,
    outcomes: [{ code: 'atendido', label: 'Atendido' }],
    procedures: [{ id: `${id}-consulta`, name: 'Consulta' }],
  };
}

/** A small valid office, written as a file would be (defaults left out). */
function validInput(): OfficeConfigInput {
  return {
    schemaVersion: 1,
    demo: false,
    office: { name: 'Centro de Atención al Ciudadano', municipality: 'Municipalidad de Prueba' },
    hours: { text: 'Lunes a viernes de 07:30 a 15:30' },
    dayCloseTime: '15:30',
    callPolicy: { preferentialFirst: true, maxPreferentialInRow: null },
    services: [
      service('registro-civil', 'Registro Civil', 'R'),
      service('licencias', 'Licencias de Funcionamiento', 'L'),
      service('tributos', 'Tributos (SAT)', 'T'),
    ],
    windows: [
      { id: 'ventanilla-1', name: 'Ventanilla 1', serviceIds: ['registro-civil', 'licencias'] },
      { id: 'ventanilla-2', name: 'Ventanilla 2', serviceIds: ['tributos'] },
    ],
    users: [
      { id: 'admin', username: 'admin', name: 'Carmen Rojas', role: 'admin', pinHash: PIN_HASH },
      { id: 'ana', username: 'ana', name: 'Ana Quispe', role: 'clerk', pinHash: PIN_HASH },
    ],
    devices: [{ id: 'kiosk-1', kind: 'kiosk', name: 'Kiosco', keyHash: KEY_HASH }],
    uitTable: { '2026': 550000 },
    announcements: ['Horario de atención: lunes a viernes de 07:30 a 15:30.'],
    ticketFooter: 'Gracias por su visita.',
  };
}

/** Marks a key to delete in {@link broken}. */
const REMOVE = Symbol('remove');

/**
 * A copy of the valid office with changes given as dotted paths (`services.2.prefix`), so that a test
 * can write values the types would forbid.
 */
function broken(...changes: [path: string, value: unknown][]): unknown {
  const config: unknown = structuredClone(validInput());
  for (const [dotted, value] of changes) {
    const keys = dotted.split('.');
    const last = keys.pop() ?? '';
    let node = config as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === REMOVE) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return config;
}

describe('OfficeConfigSchema', () => {
  it('accepts a valid office and fills the defaults', () => {
    const result = parseOfficeConfig(validInput());
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.office.timeZone).toBe('America/Lima');
    expect(result.value.noShowMinSeconds).toBe(30);
    expect(result.value.callPolicy.serviceWeights).toEqual({});
    expect(result.value.limits).toEqual({
      ticketsPerMinutePerDevice: 30,
      loginAttemptsBeforeLock: 5,
      lockMinutes: 5,
    });
  });

  it.each([
    [
      'a lowercase prefix',
      broken(['services.2.prefix', 't1']),
      'services[2].prefix: El prefijo debe ser una o dos letras mayúsculas.',
    ],
    [
      'a repeated prefix',
      broken(['services.1.prefix', 'R']),
      'services[1].prefix: El prefijo "R" ya lo usa el servicio "Registro Civil".',
    ],
    [
      'a window naming a missing service',
      broken(['windows.0.serviceIds', ['registro-civil', 'licencias', 'catastro']]),
      'windows[0].serviceIds[2]: La ventanilla "Ventanilla 1" (ventanilla-1) menciona el servicio "catastro", que no existe.',
    ],
    [
      'an impossible close time',
      broken(['dayCloseTime', '24:00']),
      'dayCloseTime: La hora de cierre debe tener la forma HH:MM (de 00:00 a 23:59).',
    ],
    [
      'a colour name',
      broken(['services.0.colour', 'azul']),
      'services[0].colour: El color debe tener la forma #RRGGBB (p. ej. #1F6FB2).',
    ],
    [
      'a repeated username',
      broken(['users.1.username', 'admin']),
      'users[1].username: El nombre de usuario "admin" está repetido.',
    ],
    [
      'a PIN in clear',
      broken(['users.1.pinHash', '1234']),
      'users[1].pinHash: El PIN debe guardarse cifrado (scrypt$…), nunca en claro.',
    ],
    [
      'a future schema version',
      broken(['schemaVersion', 2]),
      'schemaVersion: Versión de esquema no soportada: se esperaba 1.',
    ],
    [
      'a misspelt key',
      broken(['sevices', []]),
      'configuración: Clave desconocida en la configuración: "sevices".',
    ],
    [
      'a missing office name',
      broken(['office.name', REMOVE]),
      'office.name: Falta el nombre de la oficina.',
    ],
    [
      'zero preferential calls in a row',
      broken(['callPolicy.maxPreferentialInRow', 0]),
      'callPolicy.maxPreferentialInRow: El máximo de preferentes seguidos debe ser un número entero entre 1 y 100.',
    ],
    [
      'a two-digit UIT year',
      broken(['uitTable', { '26': 550000 }]),
      'uitTable["26"]: Cada año de la tabla UIT debe tener cuatro cifras (p. ej. "2026").',
    ],
    [
      'UIT in soles with decimals',
      broken(['uitTable', { '2026': 5500.5 }]),
      'uitTable["2026"]: El valor de la UIT debe ser un número entero de céntimos (S/ 5 500 = 550000).',
    ],
    [
      'an unknown time zone',
      broken(['office.timeZone', 'Lima']),
      'office.timeZone: La zona horaria no es válida: use un nombre IANA como "America/Lima".',
    ],
    [
      'no administrator',
      broken(['users.0.role', 'supervisor']),
      'users: Debe existir al menos un usuario administrador.',
    ],
    [
      'a device zone naming a missing window',
      broken(['devices.0.zone', { windowIds: ['ventanilla-9'] }]),
      'devices[0].zone.windowIds[0]: La zona del dispositivo "Kiosco" (kiosk-1) menciona la ventanilla "ventanilla-9", que no existe.',
    ],
    [
      'a weight for a missing service',
      broken(['callPolicy.serviceWeights', { catastro: 2 }]),
      'callPolicy.serviceWeights.catastro: Hay un peso para el servicio "catastro", que no existe.',
    ],
    [
      'a logo outside the data folder',
      broken(['office.logoFile', '../secreto.png']),
      'office.logoFile: El logo debe ser un nombre de archivo de la carpeta de datos, sin carpetas (p. ej. "logo.png").',
    ],
    [
      'a device sharing a user id',
      broken(['devices.0.id', 'ana']),
      'devices[0].id: El dispositivo "ana" tiene el mismo identificador que un usuario.',
    ],
    ['not an object', null, 'configuración: La configuración debe ser un objeto.'],
  ])('rejects %s in Spanish', (_case, input, line) => {
    const parsed = OfficeConfigSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(describeConfigIssues(parsed.error)).toContain(line);
    expect(parseOfficeConfig(input)).toEqual({ ok: false, error: expect.arrayContaining([line]) });
  });

  it('lists every problem of a document, one line each', () => {
    const result = parseOfficeConfig(
      broken(['services.0.prefix', 'r'], ['dayCloseTime', '7:30'], ['hours', REMOVE]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual(
      expect.arrayContaining([
        'services[0].prefix: El prefijo debe ser una o dos letras mayúsculas.',
        'dayCloseTime: La hora de cierre debe tener la forma HH:MM (de 00:00 a 23:59).',
        'hours: Falta el horario.',
      ]),
    );
  });

  it('speaks Spanish even where no field message applies', () => {
    const result = parseOfficeConfig(broken(['windows.0.serviceIds', ['licencias', 7]]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.join('\n')).not.toMatch(/Invalid|expected/);
  });
});

describe('toOfficeRules', () => {
  it('keeps what the domain needs', () => {
    const parsed = parseOfficeConfig(validInput());
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const config: OfficeConfig = parsed.value;
    const rules = toOfficeRules(config);
    expect(rules).toEqual({
      timeZone: 'America/Lima',
      dayCloseTime: '15:30',
      noShowMinSeconds: 30,
      callPolicy: { preferentialFirst: true, maxPreferentialInRow: null, serviceWeights: {} },
      services: [
        {
          id: 'registro-civil',
          prefix: 'R',
          active: true,
          defaultServiceMin: 8,
          outcomes: ['atendido'],
        },
        {
          id: 'licencias',
          prefix: 'L',
          active: true,
          defaultServiceMin: 8,
          outcomes: ['atendido'],
        },
        { id: 'tributos', prefix: 'T', active: true, defaultServiceMin: 8, outcomes: ['atendido'] },
      ],
      windows: [
        { id: 'ventanilla-1', name: 'Ventanilla 1', serviceIds: ['registro-civil', 'licencias'] },
        { id: 'ventanilla-2', name: 'Ventanilla 2', serviceIds: ['tributos'] },
      ],
    });
  });
});
