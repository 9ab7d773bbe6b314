import { z } from 'zod';

// Fields that more than one shell keeps in its settings. The person who reads these messages is
// the technician who installs the machine, so they are Spanish and name the setting.

function hubUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `La dirección del hub (hubUrl) «${value}» no es una URL; use por ejemplo "http://192.168.1.10:4700".`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `La dirección del hub (hubUrl) debe empezar por http:// o https://, no «${url.protocol}».`;
  }
  if (url.username !== '' || url.password !== '') {
    return 'La dirección del hub (hubUrl) no puede llevar usuario ni contraseña.';
  }
  return null;
}

/** Where the hub is: an http(s) URL without user or password (its origin is all the window may show). */
export const HubUrlField = z
  .string({
    error: 'Falta la dirección del hub (hubUrl), por ejemplo "http://192.168.1.10:4700".',
  })
  .trim()
  .superRefine((value, ctx) => {
    const problem = hubUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The device's key as the hub issued it; "" until the device is paired. */
export const DeviceKeyField = z
  .string({
    error: 'La clave del dispositivo (deviceKey) debe ser un texto ("" si aún no tiene).',
  })
  .trim()
  .max(200, 'La clave del dispositivo (deviceKey) es demasiado larga (máximo 200 caracteres).')
  .regex(
    /^[\x21-\x7e]*$/,
    'La clave del dispositivo (deviceKey) no puede tener espacios ni tildes.',
  );

/** Whether the shell opens by itself when the operating system's session starts. */
export const AutostartField = z.boolean({
  error: 'El inicio automático (autostart) debe ser true o false.',
});
