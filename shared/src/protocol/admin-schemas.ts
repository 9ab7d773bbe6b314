import { z } from 'zod';
import { OfficeConfigSchema } from './office-config';

// Request bodies of the administrators' REST contract (admin-api.ts). Field rules are taken from
// the office configuration's own schema, so a body and the file it ends up in never disagree; what
// only a body has (the plain PIN, "at least one change") is defined here. Messages are Spanish:
// the person reading them is an administrator at the admin screen.

const USER = OfficeConfigSchema.shape.users.element.shape;
const DEVICE = OfficeConfigSchema.shape.devices.element.shape;

/** A strict JSON object body: anything else (null, a list, a text) is refused in one sentence. */
function body<T extends z.ZodRawShape>(example: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Clave desconocida en el cuerpo: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`
        : `El cuerpo debe ser un objeto JSON ${example}.`,
  });
}

/**
 * A new PIN: 4 to 8 digits. 8 is the most `POST /auth/login` accepts (handshake.ts), so a longer
 * PIN would make an account nobody can enter. Weak choices that depend on the office (the demo
 * PIN) are checked by the hub.
 */
export const NewPinSchema = z
  .string({ error: 'El PIN debe ser un texto de 4 a 8 dígitos.' })
  .regex(/^\d{4,8}$/, { error: 'El PIN debe tener de 4 a 8 dígitos, sin letras ni espacios.' })
  .refine((pin) => !/^(\d)\1*$/.test(pin), {
    error:
      'El PIN no puede tener todas sus cifras iguales (p. ej. 0000): es lo primero que se prueba.',
  });

/**
 * A username is also the user's id, and ids are slugs (the ledger keeps them): lower-case letters,
 * digits and hyphens.
 */
export const NewUsernameSchema = z
  .string({ error: 'El nombre de usuario debe ser un texto.' })
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'El nombre de usuario solo admite minúsculas sin tildes, cifras y guiones (p. ej. "maria-quispe").',
  })
  .max(32, { error: 'El nombre de usuario no puede superar 32 caracteres.' });

/** `PUT /admin/config/{section}` */
export const SectionSaveBodySchema = body('{"revision": "…", "value": …}', {
  revision: z
    .string({ error: 'Falta la revisión que usted leyó (campo "revision" de GET /admin/config).' })
    .min(1, { error: 'La revisión no puede quedar en blanco.' })
    .max(64, { error: 'La revisión no puede superar 64 caracteres.' }),
  // Required: an absent value would silently reset a section that has defaults.
  value: z.unknown().refine((value) => value !== undefined, {
    error: 'Falta el nuevo valor de la sección (campo "value").',
  }),
});

/** `POST /admin/users` */
export const NewUserBodySchema = body('{"username", "name", "role", "pin"}', {
  username: NewUsernameSchema,
  name: USER.name,
  role: USER.role,
  pin: NewPinSchema,
});

/** `PATCH /admin/users/{id}` */
export const UserPatchBodySchema = body('{"name"?, "role"?, "active"?}', {
  name: USER.name.optional(),
  role: USER.role.optional(),
  active: z.boolean({ error: 'El indicador de usuario activo debe ser true o false.' }).optional(),
}).refine((patch) => Object.keys(patch).length > 0, {
  error: 'No hay nada que cambiar: envíe "name", "role" o "active".',
});

/** `POST /admin/users/{id}/pin` */
export const PinResetBodySchema = body('{"pin": "…"}', { pin: NewPinSchema });

/** `POST /admin/devices` */
export const NewDeviceBodySchema = body('{"id", "kind", "name", "zone"?, "printer"?}', {
  id: DEVICE.id,
  kind: DEVICE.kind,
  name: DEVICE.name,
  zone: DEVICE.zone,
  printer: DEVICE.printer,
});

/** `PATCH /admin/devices/{id}`; `null` removes the zone or the printer. */
export const DevicePatchBodySchema = body('{"name"?, "zone"?, "printer"?}', {
  name: DEVICE.name.optional(),
  zone: DEVICE.zone.unwrap().nullable().optional(),
  printer: DEVICE.printer.unwrap().nullable().optional(),
}).refine((patch) => Object.keys(patch).length > 0, {
  error: 'No hay nada que cambiar: envíe "name", "zone" o "printer".',
});

/** `GET /admin/audit?limit=&before=` */
export const AuditQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'El límite debe ser un número entero entre 1 y 200.' })
    .int({ error: 'El límite debe ser un número entero entre 1 y 200.' })
    .min(1, { error: 'El límite debe ser un número entero entre 1 y 200.' })
    .max(200, { error: 'El límite debe ser un número entero entre 1 y 200.' })
    .default(50),
  before: z.coerce
    .number({ error: '"before" debe ser el número de un cambio de la lista.' })
    .int({ error: '"before" debe ser el número de un cambio de la lista.' })
    .positive({ error: '"before" debe ser el número de un cambio de la lista.' })
    .optional(),
});
