import type { z } from 'zod';
import { AutostartField, DeviceKeyField, HubUrlField } from './settings-fields';

/** The first Spanish message of a refused value, or "" when the value is accepted. */
function problem(schema: z.ZodType, value: unknown): string {
  const parsed = schema.safeParse(value);
  return parsed.success ? '' : (parsed.error.issues[0]?.message ?? '');
}

describe('settings fields', () => {
  it('accepts a hub URL, trimmed', () => {
    expect(HubUrlField.parse(' http://192.168.1.10:4700 ')).toBe('http://192.168.1.10:4700');
  });

  it.each([
    ['ftp://hub', 'debe empezar por http:// o https://'],
    ['hub', 'no es una URL'],
    ['http://admin:x@hub', 'usuario ni contraseña'],
    [undefined, 'Falta la dirección del hub'],
  ])('refuses the hub URL %j in Spanish', (value, reason) => {
    expect(problem(HubUrlField, value)).toContain(reason);
  });

  it('accepts an empty or printable device key and refuses spaces and accents', () => {
    expect(DeviceKeyField.parse('')).toBe('');
    expect(DeviceKeyField.parse('display-1-Zx8k3y')).toBe('display-1-Zx8k3y');
    expect(problem(DeviceKeyField, 'con espacio')).toContain('no puede tener espacios');
    expect(problem(DeviceKeyField, 'clavé')).toContain('tildes');
    expect(problem(DeviceKeyField, 'x'.repeat(201))).toContain('demasiado larga');
  });

  it('wants autostart as a boolean', () => {
    expect(AutostartField.parse(false)).toBe(false);
    expect(problem(AutostartField, 'sí')).toContain('autostart');
  });
});
