import type { AppError, NewUserBody, OfficeConfig, UserPatchBody } from '@cac/shared/protocol';
import type { Principal } from '../auth/auth-service';
import { appError } from '../errors/app-errors';
import type { ConfigChange } from './apply-config-change';
import { existingItemChange } from './item-change';

type User = OfficeConfig['users'][number];

function userOf(config: OfficeConfig, id: string): User | undefined {
  return config.users.find((user) => user.id === id);
}

/**
 * `LAST_ADMIN` when the change would leave no active administrator: then nobody could use these
 * screens again, and the only way back would be editing office.json by hand.
 */
function lastAdminProblem(draft: OfficeConfig, user: User, after: User): AppError | undefined {
  const wasAdmin = user.active && user.role === 'admin';
  const staysAdmin = after.active && after.role === 'admin';
  if (!wasAdmin || staysAdmin) return undefined;
  const others = draft.users.some((u) => u.id !== user.id && u.active && u.role === 'admin');
  return others ? undefined : appError('LAST_ADMIN', { userId: user.id });
}

/** `POST /admin/users`: the username is the id (the ledger keeps ids, so they never change). */
export function createUserChange(body: NewUserBody, pinHash: string): ConfigChange {
  return {
    action: 'user.create',
    target: body.username,
    revision: null,
    part: (config) => userOf(config, body.username),
    edit(draft) {
      // Users and devices share one id space (the ledger remembers requests per actor id).
      const taken =
        draft.users.some((u) => u.id === body.username || u.username === body.username) ||
        draft.devices.some((d) => d.id === body.username);
      if (taken) return appError('USERNAME_TAKEN', { username: body.username });
      draft.users.push({
        id: body.username,
        username: body.username,
        name: body.name,
        role: body.role,
        pinHash,
        active: true,
      });
      return undefined;
    },
  };
}

/** A change to the existing user `id`; an unknown id is refused. */
function userChange(
  action: string,
  id: string,
  apply: (user: User, draft: OfficeConfig) => AppError | undefined,
): ConfigChange {
  return existingItemChange({
    action,
    id,
    find: userOf,
    unknown: appError('UNKNOWN_USER', { userId: id }),
    apply,
  });
}

/** `PATCH /admin/users/{id}`: name, role, active. Deactivating ends the user's sessions. */
export function patchUserChange(id: string, patch: UserPatchBody, by: Principal): ConfigChange {
  const deactivates = patch.active === false;
  return {
    ...userChange('user.update', id, (user, draft) => {
      if (deactivates && id === by.id) return appError('CANNOT_DEACTIVATE_SELF');
      const after: User = {
        ...user,
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.active === undefined ? {} : { active: patch.active }),
      };
      const problem = lastAdminProblem(draft, user, after);
      if (problem) return problem;
      Object.assign(user, after);
      return undefined;
    }),
    ...(deactivates ? { endSessions: { userId: id, keepTokenHash: null } } : {}),
  };
}

/**
 * `POST /admin/users/{id}/pin`: the new PIN ends every other session of that user (whoever knew
 * the old PIN is out); administrators changing their own PIN keep the session they did it from.
 */
export function resetPinChange(id: string, pinHash: string, by: Principal): ConfigChange {
  return {
    ...userChange('user.pin', id, (user) => {
      user.pinHash = pinHash;
      return undefined;
    }),
    endSessions: { userId: id, keepTokenHash: id === by.id ? by.tokenHash : null },
  };
}
