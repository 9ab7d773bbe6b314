import { z } from 'zod';
import type { OfficeRules } from '../domain/rules';
import type { Result } from './result';
import { PrinterProfileSchema } from '../printing/printer-profile';
import { parseCivilDate } from '../domain/calendar/civil-date';

// The office configuration document (`office.json`): one JSON file that an administrator edits through
// the admin screens and, in an emergency, by hand. Every message is Spanish and names the field, because
// the person reading it is a municipal administrator, not a developer. Objects are strict so that a
// hand-typed key with a typo ("sevices") is reported instead of silently dropped on the next save.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USERNAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const PREFIX = /^[A-Z]{1,2}$/;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const YEAR = /^\d{4}$/;
/** A bare file name inside the data folder: no folders, no `..`, so a config cannot point outside it. */
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
/** The formats written by the hub's secrets module (`hashPin`, `hashDeviceKey`); a plain PIN is refused. */
const PIN_HASH = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/;
const KEY_HASH = /^sha256\$[0-9a-f]{64}$/;

/** Capitalizes the first letter of a noun phrase that starts a sentence. */
function sentence(what: string): string {
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** `Falta …` when the field is absent, otherwise the given sentence. */
function missingOr(what: string, otherwise: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? `Falta ${what}.` : otherwise);
}

/** A required non-blank text. `what` is a noun phrase with its article: "el nombre del servicio". */
function text(what: string, max = 120) {
  return z
    .string({ error: missingOr(what, `${sentence(what)} debe ser un texto.`) })
    .trim()
    .min(1, { error: `${sentence(what)} no puede quedar en blanco.` })
    .max(max, { error: `${sentence(what)} no puede superar ${max} caracteres.` });
}

/** A text that must match a pattern; `rule` explains the pattern in plain words. */
function pattern(what: string, regex: RegExp, rule: string) {
  return z
    .string({ error: missingOr(what, `${sentence(what)} debe ser un texto.`) })
    .regex(regex, { error: rule });
}

/** An identifier that other parts of the configuration (and the ledger) refer to. */
function slug(what: string) {
  return pattern(
    what,
    SLUG,
    `${sentence(what)} solo admite minúsculas sin tildes, cifras y guiones (p. ej. "registro-civil").`,
  ).max(40, { error: `${sentence(what)} no puede superar 40 caracteres.` });
}

function bool(what: string) {
  return z.boolean({
    error: missingOr(what, `${sentence(what)} debe ser verdadero o falso (true / false).`),
  });
}

function integer(what: string, min: number, max: number) {
  const range = `${sentence(what)} debe ser un número entero entre ${min} y ${max}.`;
  return z
    .number({ error: missingOr(what, range) })
    .int({ error: range })
    .min(min, { error: range })
    .max(max, { error: range });
}

function list<T extends z.ZodType>(what: string, item: T) {
  return z.array(item, { error: missingOr(what, `${sentence(what)} debe ser una lista.`) });
}

/** Strict object: unknown keys are reported by name. */
function record<T extends z.ZodRawShape>(what: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `"${k}"`).join(', ');
        return issue.keys.length === 1
          ? `Clave desconocida en ${what}: ${keys}.`
          : `Claves desconocidas en ${what}: ${keys}.`;
      }
      return issue.input === undefined ? `Falta ${what}.` : `${sentence(what)} debe ser un objeto.`;
    },
  });
}

/** Reports every repeated value of `key` in `items`, on the repeated item's field. */
function reportDuplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  field: string,
  ctx: z.RefinementCtx,
  message: (value: string, firstIndex: number) => string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else ctx.addIssue({ code: 'custom', path: [index, field], message: message(value, first) });
  });
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('es-PE', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const OutcomeSchema = record('el resultado de atención', {
  code: slug('el código del resultado'),
  label: text('el texto del resultado', 60),
});

/** A fee of the TUPA: free, a fixed amount, or a percentage of the year's UIT (how TUPAs write it). */
const FeeSchema = z.discriminatedUnion(
  'kind',
  [
    record('el derecho de trámite', { kind: z.literal('free') }),
    record('el derecho de trámite', {
      kind: z.literal('fixed'),
      centimos: integer('el monto en céntimos', 0, 100_000_000),
    }),
    record('el derecho de trámite', {
      kind: z.literal('uit-percent'),
      percent: pattern(
        'el porcentaje de la UIT',
        /^\d{1,3}(?:\.\d{1,4})?$/,
        'El porcentaje de la UIT se escribe con punto decimal, p. ej. "4.68".',
      ),
    }),
  ],
  {
    error:
      'El derecho de trámite es {"kind":"free"}, {"kind":"fixed","centimos":…} o {"kind":"uit-percent","percent":"…"}.',
  },
);

/** Which panel the counter opens for a procedure (see counter/src/procedures). */
export const PROCEDURE_KINDS = [
  'general',
  'acta-copy',
  'business-licence',
  'document-intake',
  'tax-payment',
] as const;

/** Civil-registry records a certified copy can be made of. */
export const ACTA_TYPES = ['nacimiento', 'matrimonio', 'defuncion'] as const;

/** Risk levels of a business (Ley 28976): they decide the ITSE timing, requirements and fee. */
export const RISK_LEVELS = ['bajo', 'medio', 'alto', 'muy-alto'] as const;

const RiskRuleSchema = record('la regla de riesgo', {
  /** ITSE after the licence (bajo, medio) or before it (alto, muy alto). */
  itse: z.enum(['after', 'before'], {
    error: 'La ITSE es "after" (después de la licencia) o "before" (antes).',
  }),
  timeLimitWorkingDays: integer('el plazo en días hábiles', 1, 365),
  fee: FeeSchema,
  requirements: list('la lista de requisitos', text('el requisito', 300)).default([]),
});

const ProcedureSchema = record('el procedimiento', {
  id: slug('el identificador del procedimiento'),
  name: text('el nombre del procedimiento', 160),
  kind: z
    .enum(PROCEDURE_KINDS, {
      error: `El tipo de procedimiento debe ser uno de: ${PROCEDURE_KINDS.join(', ')}.`,
    })
    .default('general'),
  requirements: list('la lista de requisitos', text('el requisito', 300)).default([]),
  fee: FeeSchema.default({ kind: 'free' }),
  /** Legal time limit in working days, for procedures that open an expediente. */
  timeLimitWorkingDays: integer('el plazo en días hábiles', 1, 365).nullable().default(null),
  /** acta-copy: which record; the first certified copy of a birth record is free (Ley 29462). */
  actaType: z
    .enum(ACTA_TYPES, { error: 'El tipo de acta es "nacimiento", "matrimonio" o "defuncion".' })
    .optional(),
  /** business-licence: the rule of each risk level. */
  riskLevels: z
    .partialRecord(z.enum(RISK_LEVELS), RiskRuleSchema, {
      error: 'Los niveles de riesgo son "bajo", "medio", "alto" y "muy-alto".',
    })
    .optional(),
  /** document-intake: kinds of document and the offices a filing may go to. */
  documentTypes: list(
    'la lista de tipos de documento',
    text('el tipo de documento', 80),
  ).optional(),
  destinationOffices: list('la lista de oficinas de destino', text('la oficina', 120)).optional(),
});

const ServiceSchema = record('el servicio', {
  id: slug('el identificador del servicio'),
  name: text('el nombre del servicio', 60),
  prefix: pattern('el prefijo', PREFIX, 'El prefijo debe ser una o dos letras mayúsculas.'),
  icon: slug('el pictograma del servicio'),
  colour: pattern('el color', COLOUR, 'El color debe tener la forma #RRGGBB (p. ej. #1F6FB2).'),
  slaTargetMin: integer('la meta de espera (minutos)', 1, 600),
  defaultServiceMin: z
    .number({
      error: missingOr(
        'la duración estimada de atención (minutos)',
        'La duración estimada de atención debe ser un número de minutos.',
      ),
    })
    .positive({ error: 'La duración estimada de atención debe ser mayor que cero.' })
    .max(480, { error: 'La duración estimada de atención no puede superar 480 minutos.' }),
  active: bool('el indicador de servicio activo'),
  askPreferential: bool('el indicador de atención preferente'),
  outcomes: list('la lista de resultados', OutcomeSchema)
    .min(1, { error: 'Cada servicio necesita al menos un resultado de atención.' })
    .superRefine((outcomes, ctx) =>
      reportDuplicates(
        outcomes,
        (o) => o.code,
        'code',
        ctx,
        (code) => `El código de resultado "${code}" está repetido en este servicio.`,
      ),
    ),
  procedures: list('la lista de procedimientos', ProcedureSchema),
});

const WindowSchema = record('la ventanilla', {
  id: slug('el identificador de la ventanilla'),
  name: text('el nombre de la ventanilla', 40),
  /** The number painted above the window; orders the windows in lists (optional: the name may say it). */
  number: integer('el número de la ventanilla', 1, 999).optional(),
  serviceIds: list('la lista de servicios de la ventanilla', z.string()).min(1, {
    error: 'Cada ventanilla debe atender al menos un servicio.',
  }),
  /**
   * The window's own printer, for the documents of its procedures (the cargo of a filing, a tax
   * receipt): same targets as `devices[].printer` (`file` is the data folder's virtual printer).
   */
  printer: record('la impresora de la ventanilla', {
    target: text('el destino de la impresora', 200),
    profile: PrinterProfileSchema,
  }).optional(),
});

const UserSchema = record('el usuario', {
  id: slug('el identificador del usuario'),
  username: pattern(
    'el nombre de usuario',
    USERNAME,
    'El nombre de usuario solo admite minúsculas sin tildes, cifras, punto, guion y guion bajo.',
  ).max(32, { error: 'El nombre de usuario no puede superar 32 caracteres.' }),
  name: text('el nombre de la persona', 80),
  role: z.enum(['clerk', 'supervisor', 'admin'], {
    error: missingOr('el rol', 'El rol debe ser "clerk", "supervisor" o "admin".'),
  }),
  pinHash: pattern(
    'el PIN cifrado',
    PIN_HASH,
    'El PIN debe guardarse cifrado (scrypt$…), nunca en claro.',
  ),
  /** A deactivated user keeps their history in the ledger but can no longer sign in. */
  active: bool('el indicador de usuario activo').default(true),
});

const ZoneSchema = record('la zona del dispositivo', {
  serviceIds: list('la lista de servicios de la zona', z.string()).optional(),
  windowIds: list('la lista de ventanillas de la zona', z.string()).optional(),
});

const DeviceSchema = record('el dispositivo', {
  id: slug('el identificador del dispositivo'),
  kind: z.enum(['kiosk', 'display'], {
    error: missingOr(
      'el tipo de dispositivo',
      'El tipo de dispositivo debe ser "kiosk" o "display".',
    ),
  }),
  name: text('el nombre del dispositivo', 80),
  keyHash: pattern(
    'la clave cifrada',
    KEY_HASH,
    'La clave del dispositivo debe guardarse cifrada (sha256$…), nunca en claro.',
  ),
  zone: ZoneSchema.optional(),
  /**
   * Where the hub prints this kiosk's tickets when the kiosk runs in a plain browser: `file` (the
   * embedded default's virtual printer, into the data folder), `tcp://host:9100`, `lp:QUEUE`, a
   * device path or a Windows share. A kiosk in its Electron shell prints by itself.
   */
  printer: record('la impresora del dispositivo', {
    target: text('el destino de la impresora', 200),
    profile: PrinterProfileSchema,
  }).optional(),
});

/**
 * A procedure citizens can do without coming to the CAC, shown on the ticket's page: most citizens
 * never heard of the municipality's e-services (seed study), so the wait is the moment to tell them.
 */
const OnlineProcedureSchema = record('el trámite en línea', {
  name: text('el nombre del trámite en línea', 80),
  /** Where to do it, in words people can type or ask for (e.g. "gob.pe/reniec"). */
  where: text('dónde se hace el trámite en línea', 160),
  url: z
    .url({
      protocol: /^https?$/,
      error: 'La dirección del trámite en línea debe empezar con http:// o https://.',
    })
    .max(300, { error: 'La dirección del trámite en línea no puede superar 300 caracteres.' })
    .optional(),
});

const LimitsSchema = record('la sección de límites', {
  ticketsPerMinutePerDevice: integer(
    'el máximo de tickets por minuto y dispositivo',
    1,
    1000,
  ).default(30),
  loginAttemptsBeforeLock: integer('el número de intentos antes del bloqueo', 1, 100).default(5),
  lockMinutes: integer('la duración del bloqueo (minutos)', 1, 1440).default(5),
});

const CallPolicySchema = record('la política de llamado', {
  preferentialFirst: bool('el indicador de preferentes primero'),
  maxPreferentialInRow: integer('el máximo de preferentes seguidos', 1, 100).nullable(),
  serviceWeights: z
    .record(
      z.string(),
      z
        .number({ error: 'El peso de un servicio debe ser un número.' })
        .positive({ error: 'El peso de un servicio debe ser mayor que cero.' }),
      { error: 'Los pesos por servicio deben ser un objeto servicio → número.' },
    )
    .default({}),
});

const UitTableSchema = z.record(
  z.string().regex(YEAR),
  z
    .number({ error: 'El valor de la UIT debe ser un número de céntimos.' })
    .int({ error: 'El valor de la UIT debe ser un número entero de céntimos (S/ 5 500 = 550000).' })
    .positive({ error: 'El valor de la UIT debe ser mayor que cero.' }),
  {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? 'Cada año de la tabla UIT debe tener cuatro cifras (p. ej. "2026").'
        : issue.input === undefined
          ? 'Falta la tabla UIT.'
          : 'La tabla UIT debe ser un objeto año → céntimos.',
  },
);

/** A day of the calendar, `YYYY-MM-DD`, that exists (not 2026-02-30). */
function civilDate(what: string) {
  return z
    .string({ error: missingOr(what, `${sentence(what)} debe ser un texto.`) })
    .refine((value) => parseCivilDate(value) !== null, {
      error: `${sentence(what)} debe ser una fecha real con la forma AAAA-MM-DD (p. ej. "2026-12-08").`,
    });
}

const ExpedientesSchema = record('la sección de expedientes', {
  documentSuffix: pattern(
    'el sufijo de los documentos',
    /^[A-Z]{2,10}(?:-[A-Z]{2,10})*$/,
    'El sufijo de los documentos son siglas en mayúsculas, p. ej. "MPC" (Expediente N° 000123-2026-MPC).',
  ).default('CAC'),
  receptionOffice: text('la oficina que recibe los expedientes', 80).default('Mesa de Partes'),
});

function percent(what: string) {
  return integer(what, 0, 100);
}

/**
 * Discounts for paying a traffic fine early (Reglamento Nacional de Tránsito): 83% within 5 working
 * days of the imposition, 67% afterwards until the sanction is notified, none for the excluded
 * very serious infractions.
 */
const PapeletaRulesSchema = record('las reglas de papeletas', {
  earlyPercent: percent('el descuento por pago temprano (%)').default(83),
  earlyWorkingDays: integer('los días hábiles del pago temprano', 0, 60).default(5),
  beforeNotificationPercent: percent('el descuento antes de la notificación (%)').default(67),
  excludedInfractions: list(
    'la lista de infracciones sin descuento',
    pattern(
      'el código de infracción',
      /^[A-Z]{1,2}\d{1,3}$/,
      'Un código de infracción es una o dos letras y cifras (p. ej. "M02").',
    ),
  ).default(['M01', 'M02', 'M03']),
});

const OfficeSchema = record('la sección de la oficina', {
  name: text('el nombre de la oficina'),
  municipality: text('el nombre de la municipalidad'),
  timeZone: z
    .string({ error: 'La zona horaria debe ser un texto.' })
    .refine(isTimeZone, {
      error: 'La zona horaria no es válida: use un nombre IANA como "America/Lima".',
    })
    .default('America/Lima'),
  logoFile: pattern(
    'el archivo del logo',
    FILE_NAME,
    'El logo debe ser un nombre de archivo de la carpeta de datos, sin carpetas (p. ej. "logo.png").',
  ).optional(),
});

const BaseSchema = record('la configuración', {
  schemaVersion: z.literal(1, {
    error: missingOr('la versión del esquema', 'Versión de esquema no soportada: se esperaba 1.'),
  }),
  demo: bool('el indicador de oficina de demostración'),
  office: OfficeSchema,
  hours: record('el horario', { text: text('el texto del horario') }),
  dayCloseTime: pattern(
    'la hora de cierre',
    HH_MM,
    'La hora de cierre debe tener la forma HH:MM (de 00:00 a 23:59).',
  ),
  noShowMinSeconds: integer('la espera mínima antes de marcar ausente (segundos)', 0, 3600).default(
    30,
  ),
  callPolicy: CallPolicySchema,
  services: list('la lista de servicios', ServiceSchema)
    .min(1, { error: 'La oficina necesita al menos un servicio.' })
    .superRefine((services, ctx) => {
      reportDuplicates(
        services,
        (s) => s.id,
        'id',
        ctx,
        (id) => `El identificador de servicio "${id}" está repetido.`,
      );
      reportDuplicates(
        services,
        (s) => s.prefix,
        'prefix',
        ctx,
        (prefix, first) =>
          `El prefijo "${prefix}" ya lo usa el servicio "${services[first]?.name ?? ''}".`,
      );
    }),
  windows: list('la lista de ventanillas', WindowSchema)
    .min(1, { error: 'La oficina necesita al menos una ventanilla.' })
    .superRefine((windows, ctx) => {
      reportDuplicates(
        windows,
        (w) => w.id,
        'id',
        ctx,
        (id) => `El identificador de ventanilla "${id}" está repetido.`,
      );
      reportDuplicates(
        windows,
        // Windows without a number never clash with each other.
        (w) => (w.number === undefined ? `sin-número:${w.id}` : String(w.number)),
        'number',
        ctx,
        (number) => `Hay dos ventanillas con el número ${number}.`,
      );
      reportDuplicates(
        windows,
        (w) => w.name,
        'name',
        ctx,
        (name) => `Hay dos ventanillas llamadas "${name}"; las pantallas no podrían distinguirlas.`,
      );
    }),
  users: list('la lista de usuarios', UserSchema).superRefine((users, ctx) => {
    reportDuplicates(
      users,
      (u) => u.id,
      'id',
      ctx,
      (id) => `El identificador de usuario "${id}" está repetido.`,
    );
    reportDuplicates(
      users,
      (u) => u.username,
      'username',
      ctx,
      (username) => `El nombre de usuario "${username}" está repetido.`,
    );
    // Without an administrator nobody could fix the configuration from the admin screens.
    if (!users.some((u) => u.role === 'admin')) {
      ctx.addIssue({ code: 'custom', message: 'Debe existir al menos un usuario administrador.' });
    }
  }),
  devices: list('la lista de dispositivos', DeviceSchema).superRefine((devices, ctx) =>
    reportDuplicates(
      devices,
      (d) => d.id,
      'id',
      ctx,
      (id) => `El identificador de dispositivo "${id}" está repetido.`,
    ),
  ),
  uitTable: UitTableSchema,
  /** National and local holidays: no working day for deadlines (expedientes, papeletas). */
  holidays: list('la lista de feriados', civilDate('el feriado')).default([]),
  expedientes: ExpedientesSchema.prefault({}),
  papeletas: PapeletaRulesSchema.prefault({}),
  limits: LimitsSchema.prefault({}),
  announcements: list('la lista de avisos', text('el aviso', 280)),
  onlineProcedures: list('la lista de trámites en línea', OnlineProcedureSchema)
    .max(12, { error: 'La lista de trámites en línea admite hasta 12 trámites.' })
    .default([]),
  ticketFooter: z
    .string({ error: missingOr('el pie del ticket', 'El pie del ticket debe ser un texto.') })
    .trim()
    .max(200, { error: 'El pie del ticket no puede superar 200 caracteres.' }),
});

/**
 * The office configuration document, schema version 1. Cross references (window → service, zone →
 * service or window, weights → service) are checked once the document's shape is valid.
 */
export const OfficeConfigSchema = BaseSchema.superRefine((config, ctx) => {
  const serviceIds = new Set(config.services.map((s) => s.id));
  const windowIds = new Set(config.windows.map((w) => w.id));

  config.windows.forEach((window, w) =>
    window.serviceIds.forEach((serviceId, i) => {
      if (!serviceIds.has(serviceId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['windows', w, 'serviceIds', i],
          message: `La ventanilla "${window.name}" (${window.id}) menciona el servicio "${serviceId}", que no existe.`,
        });
      }
    }),
  );

  config.devices.forEach((device, d) => {
    device.zone?.serviceIds?.forEach((serviceId, i) => {
      if (!serviceIds.has(serviceId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', d, 'zone', 'serviceIds', i],
          message: `La zona del dispositivo "${device.name}" (${device.id}) menciona el servicio "${serviceId}", que no existe.`,
        });
      }
    });
    device.zone?.windowIds?.forEach((windowId, i) => {
      if (!windowIds.has(windowId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', d, 'zone', 'windowIds', i],
          message: `La zona del dispositivo "${device.name}" (${device.id}) menciona la ventanilla "${windowId}", que no existe.`,
        });
      }
    });
  });

  for (const serviceId of Object.keys(config.callPolicy.serviceWeights)) {
    if (!serviceIds.has(serviceId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['callPolicy', 'serviceWeights', serviceId],
        message: `Hay un peso para el servicio "${serviceId}", que no existe.`,
      });
    }
  }

  // Procedures are referred to by id alone (expedientes, reports), so an id must name one procedure.
  const procedureOwner = new Map<string, string>();
  config.services.forEach((service, s) =>
    service.procedures.forEach((procedure, p) => {
      const owner = procedureOwner.get(procedure.id);
      if (owner === undefined) procedureOwner.set(procedure.id, service.name);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['services', s, 'procedures', p, 'id'],
          message: `El identificador de procedimiento "${procedure.id}" ya se usa en el servicio "${owner}".`,
        });
      }
    }),
  );

  // Devices and users share one id space: the ledger remembers request ids per actor id.
  const userIds = new Set(config.users.map((u) => u.id));
  config.devices.forEach((device, d) => {
    if (userIds.has(device.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['devices', d, 'id'],
        message: `El dispositivo "${device.id}" tiene el mismo identificador que un usuario.`,
      });
    }
  });
});

/** A valid office configuration, with defaults applied. */
export type OfficeConfig = z.infer<typeof OfficeConfigSchema>;
/** An office configuration as written in the file (fields with defaults may be absent). */
export type OfficeConfigInput = z.input<typeof OfficeConfigSchema>;

/** Zod's Spanish catalog, used only for issues that no field message above covers. */
const spanishFallback = z.locales.es().localeError;

/** Renders a path the way an administrator finds it in the file: `services[2].prefix`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out === '' ? 'configuración' : out;
}

/**
 * One Spanish line per issue, `path: message`, e.g.
 * `services[2].prefix: El prefijo debe ser una o dos letras mayúsculas.`
 */
export function describeConfigIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Parses and validates an office configuration. On failure, the Spanish lines of
 * {@link describeConfigIssues}; never throws.
 */
export function parseOfficeConfig(input: unknown): Result<OfficeConfig, string[]> {
  const parsed = OfficeConfigSchema.safeParse(input, { error: spanishFallback });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: describeConfigIssues(parsed.error) };
}

/** The part of the configuration that the pure domain needs. */
export function toOfficeRules(config: OfficeConfig): OfficeRules {
  return {
    timeZone: config.office.timeZone,
    dayCloseTime: config.dayCloseTime,
    noShowMinSeconds: config.noShowMinSeconds,
    callPolicy: {
      preferentialFirst: config.callPolicy.preferentialFirst,
      maxPreferentialInRow: config.callPolicy.maxPreferentialInRow,
      serviceWeights: { ...config.callPolicy.serviceWeights },
    },
    services: config.services.map((s) => ({
      id: s.id,
      prefix: s.prefix,
      active: s.active,
      defaultServiceMin: s.defaultServiceMin,
      outcomes: s.outcomes.map((o) => o.code),
    })),
    windows: config.windows.map((w) => ({ id: w.id, name: w.name, serviceIds: [...w.serviceIds] })),
  };
}
