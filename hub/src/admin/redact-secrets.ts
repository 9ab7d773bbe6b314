/** Keys of the configuration that hold a secret's hash. */
const SECRET_KEYS: ReadonlySet<string> = new Set(['pinHash', 'keyHash']);

/** What the audit shows in place of a secret. */
export const REDACTED = '(cambiado)';

/**
 * A deep copy of `value` in which every PIN or key hash reads "(cambiado)". The audit keeps no
 * hashes at all: a 4-digit PIN's hash is guessed in 10 000 tries, so an old one kept forever in the
 * audit would outlive the reset that replaced it.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        SECRET_KEYS.has(key) ? REDACTED : redactSecrets(child),
      ]),
    );
  }
  return value;
}
