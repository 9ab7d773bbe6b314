import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@cac/shared/domain';
import type { OfficeConfig } from '@cac/shared/protocol';
import type { Result } from '@cac/shared/protocol';
import { err, ok } from '@cac/shared/protocol';
import { hashDeviceKey, hashPin, verifyPin } from '../config/secrets';
import { appError } from '../errors/app-errors';
import type { LedgerRepository } from '../ledger/ledger-repository';

/** A resolved bearer: who it is, for authorization and for the faces' session view. */
export type Principal = Actor & { name: string; kind: 'device' | 'user'; tokenHash: string | null };

/** The answer of a successful login. */
export type LoginAnswer = {
  token: string;
  user: { id: string; name: string; role: Actor['role'] };
};

/** Staff sessions last one long working day; a clerk logs in once per shift. */
const SESSION_MS = 14 * 60 * 60 * 1000;

/** Staff login with lockout, session tokens that survive restarts, and device keys. */
export type AuthService = {
  login(username: string, pin: string): Result<LoginAnswer>;
  logout(token: string): void;
  /** The principal behind a bearer token (staff token or device key), or null. */
  resolve(token: string): Principal | null;
  /** Forgets a username's failed attempts (an administrator just gave it a new PIN). */
  clearLockout(username: string): void;
};

/** Hash under which a staff token is stored; the token itself is never written anywhere. */
export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates the auth service over the live configuration and the ledger's session table. */
export function createAuthService(deps: {
  config: () => OfficeConfig;
  ledger: LedgerRepository;
  now: () => number;
}): AuthService {
  const failures = new Map<string, { count: number; lockedUntil: number }>();

  return {
    login(username, pin) {
      const { limits, users } = deps.config();
      const key = username.trim().toLowerCase();
      const now = deps.now();
      const record = failures.get(key);
      if (record && record.lockedUntil > now) {
        return err(
          appError('ACCOUNT_LOCKED', { minutes: Math.ceil((record.lockedUntil - now) / 60000) }),
        );
      }
      const user = users.find((candidate) => candidate.username.toLowerCase() === key);
      // An unknown username is checked against a dummy hash so that it costs the same time as a
      // wrong PIN and does not reveal which usernames exist.
      const valid = verifyPin(pin, user?.pinHash ?? dummyHash()) && user !== undefined;
      if (!valid || !user) {
        const count = (record?.count ?? 0) + 1;
        const locks = count >= limits.loginAttemptsBeforeLock;
        const lockedUntil = locks ? now + limits.lockMinutes * 60000 : 0;
        failures.set(key, { count: locks ? 0 : count, lockedUntil });
        return err(
          lockedUntil
            ? appError('ACCOUNT_LOCKED', { minutes: limits.lockMinutes })
            : appError('INVALID_CREDENTIALS'),
        );
      }
      failures.delete(key);
      // Said only after a correct PIN, so a guess learns nothing about which accounts exist.
      if (!user.active) return err(appError('ACCOUNT_DISABLED'));
      const token = randomBytes(32).toString('base64url');
      deps.ledger.saveSession({
        tokenHash: tokenHashOf(token),
        userId: user.id,
        role: user.role,
        expiresAt: now + SESSION_MS,
      });
      return ok({ token, user: { id: user.id, name: user.name, role: user.role } });
    },

    clearLockout(username) {
      failures.delete(username.trim().toLowerCase());
    },

    logout(token) {
      deps.ledger.deleteSession(tokenHashOf(token));
    },

    resolve(token) {
      const config = deps.config();
      const deviceHash = hashDeviceKey(token);
      const device = config.devices.find((candidate) => candidate.keyHash === deviceHash);
      if (device) {
        return {
          id: device.id,
          role: device.kind,
          name: device.name,
          kind: 'device',
          tokenHash: null,
        };
      }
      const tokenHash = tokenHashOf(token);
      const session = deps.ledger.findSession(tokenHash);
      if (!session || session.expiresAt <= deps.now()) return null;
      const user = config.users.find((candidate) => candidate.id === session.userId);
      // A deactivated user's sessions stop at once, whatever their expiry (issue 7).
      if (!user?.active) return null;
      return { id: user.id, role: user.role, name: user.name, kind: 'user', tokenHash };
    },
  };
}

let dummy: string | null = null;
/** A real hash of a random PIN nobody knows, made once. */
function dummyHash(): string {
  dummy ??= hashPin(randomBytes(16).toString('hex'));
  return dummy;
}
