import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { OfficeConfig } from '@cac/shared/protocol';

/** The PIN of every demo user (see the hub's API.md); a real office must change it. */
export const DEMO_PIN = '1234';
/** The published keys of the demo devices; a real office must change them. */
export const DEMO_DEVICE_KEYS = ['demo-kiosk-key', 'demo-display-key'] as const;

// scrypt cost. N = 2^14 keeps one login around a few tens of ms on an old office PC while still
// making an offline guess of a 4–6 digit PIN cost real time per try. r and p are the usual values.
const SCRYPT_N = 16384;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Ceiling for parameters read back from a stored hash, so a tampered config cannot make the hub
// allocate gigabytes or spin for minutes on a single login.
const MAX_N = 1 << 20;
const MAX_R = 32;
const MAX_P = 16;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Hashes a staff PIN as `scrypt$N$r$p$salt$hash` (salt and hash base64url, fresh random salt). */
export function hashPin(pin: string): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptSync(pin.normalize('NFC'), salt, KEY_BYTES, {
    N: SCRYPT_N,
    r: SCRYPT_R,
    p: SCRYPT_P,
  });
  return [
    'scrypt',
    SCRYPT_N,
    SCRYPT_R,
    SCRYPT_P,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

/** True when `pin` matches a hash made by {@link hashPin}. A malformed hash gives false, never a throw. */
export function verifyPin(pin: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, nText, rText, pText, saltText, hashText] = parts;
  const N = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  if (!Number.isInteger(N) || N < 2 || N > MAX_N || (N & (N - 1)) !== 0) return false;
  if (!Number.isInteger(r) || r < 1 || r > MAX_R) return false;
  if (!Number.isInteger(p) || p < 1 || p > MAX_P) return false;
  if (!saltText || !hashText || !BASE64URL.test(saltText) || !BASE64URL.test(hashText)) {
    return false;
  }
  const salt = Buffer.from(saltText, 'base64url');
  const expected = Buffer.from(hashText, 'base64url');
  if (salt.length === 0 || expected.length < 16 || expected.length > 64) return false;
  try {
    const actual = scryptSync(pin.normalize('NFC'), salt, expected.length, {
      N,
      r,
      p,
      // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) would refuse the larger allowed N.
      maxmem: 256 * N * r + 1024 * 1024,
    });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/**
 * Hashes a device key as `sha256$<hex>`. Device keys are long random secrets, so a guess is hopeless
 * whatever the hash; a slow hash would only add CPU to every kiosk and display (re)connection, and
 * after a power cut all of them reconnect at once.
 */
export function hashDeviceKey(key: string): string {
  return `sha256$${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/** True when `key` matches a hash made by {@link hashDeviceKey}. A malformed hash gives false. */
export function verifyDeviceKey(key: string, stored: string): boolean {
  const match = /^sha256\$([0-9a-f]{64})$/.exec(stored);
  if (!match?.[1]) return false;
  const expected = Buffer.from(match[1], 'hex');
  const actual = createHash('sha256').update(key, 'utf8').digest();
  return timingSafeEqual(actual, expected);
}

/**
 * The demo secrets still in use, one Spanish sentence each: users whose PIN is {@link DEMO_PIN} and
 * devices whose key is one of {@link DEMO_DEVICE_KEYS}. Empty when the office is safe to open.
 * Costs one scrypt per distinct PIN hash (tens of ms each): call it at start-up, not per request.
 */
export function findDemoSecrets(config: OfficeConfig): string[] {
  const found: string[] = [];
  // Users copied from the demo office share one hash: verify each distinct hash once.
  const verdicts = new Map<string, boolean>();
  for (const user of config.users) {
    let isDemo = verdicts.get(user.pinHash);
    if (isDemo === undefined) {
      isDemo = verifyPin(DEMO_PIN, user.pinHash);
      verdicts.set(user.pinHash, isDemo);
    }
    if (isDemo) {
      found.push(
        `El usuario "${user.username}" (${user.name}) todavía usa el PIN de demostración ${DEMO_PIN}.`,
      );
    }
  }
  for (const device of config.devices) {
    const key = DEMO_DEVICE_KEYS.find((demoKey) => verifyDeviceKey(demoKey, device.keyHash));
    if (key) {
      found.push(
        `El dispositivo "${device.id}" (${device.name}) todavía usa la clave de demostración "${key}".`,
      );
    }
  }
  return found;
}
