import type { AppError } from '@cac/shared/protocol';
import type { AdminConfigAnswer, AuditAnswer, DeviceKeyAnswer, Result } from '@cac/shared/protocol';
import { useMemo } from 'react';
import type { StaffHttp } from '../staff-http';
import { useStaffHttp } from '../staff-http';
import type { AdminError, AdminPort, AdminResult } from './admin-port';

function toAdminError(error: AppError | null): AdminError | null {
  if (!error) return null;
  const issues = error.details?.['issues'];
  return {
    code: error.code,
    message: error.message,
    issues: Array.isArray(issues) ? issues.filter((i): i is string => typeof i === 'string') : [],
  };
}

function isConfigAnswer(value: unknown): value is AdminConfigAnswer {
  return (
    typeof value === 'object' &&
    value !== null &&
    'revision' in value &&
    typeof value.revision === 'string' &&
    'config' in value &&
    typeof value.config === 'object' &&
    value.config !== null
  );
}

function isKeyAnswer(value: unknown): value is DeviceKeyAnswer {
  return isConfigAnswer(value) && 'key' in value && typeof value.key === 'string';
}

function isAuditAnswer(value: unknown): value is AuditAnswer {
  return (
    typeof value === 'object' &&
    value !== null &&
    'entries' in value &&
    Array.isArray(value.entries)
  );
}

/** An answer of an unexpected shape (a hub of another version): the screen words it. */
export const MALFORMED_ANSWER = 'MALFORMED_ANSWER';
const MALFORMED: AdminError = { code: MALFORMED_ANSWER, message: '', issues: [] };

/** The administrator's port over the session's REST access to the hub. */
export function hubAdminPort(http: StaffHttp): AdminPort {
  async function answer<T>(
    call: Promise<Result<unknown, AppError | null>>,
    check: (value: unknown) => value is T,
  ): Promise<AdminResult<T>> {
    const result = await call;
    if (!result.ok) return { ok: false, error: toAdminError(result.error) };
    return check(result.value)
      ? { ok: true, value: result.value }
      : { ok: false, error: MALFORMED };
  }
  /**
   * A change whose answer is the new configuration; when the hub answers with less (an empty
   * 204), the configuration is read again, so the screen never shows what was before.
   */
  async function change(
    call: Promise<Result<unknown, AppError | null>>,
  ): Promise<AdminResult<AdminConfigAnswer>> {
    const result = await call;
    if (!result.ok) return { ok: false, error: toAdminError(result.error) };
    if (isConfigAnswer(result.value)) return { ok: true, value: result.value };
    return answer(http.get('/admin/config'), isConfigAnswer);
  }
  const user = (id: string): string => `/admin/users/${encodeURIComponent(id)}`;
  const device = (id: string): string => `/admin/devices/${encodeURIComponent(id)}`;
  return {
    loadConfig: () => answer(http.get('/admin/config'), isConfigAnswer),
    saveSection: (section, body) => change(http.send('PUT', `/admin/config/${section}`, body)),
    createUser: (body) => change(http.send('POST', '/admin/users', body)),
    updateUser: (id, body) => change(http.send('PATCH', user(id), body)),
    resetPin: (id, body) => change(http.send('POST', `${user(id)}/pin`, body)),
    createDevice: (body) => answer(http.send('POST', '/admin/devices', body), isKeyAnswer),
    rotateDeviceKey: (id) => answer(http.send('POST', `${device(id)}/key`), isKeyAnswer),
    updateDevice: (id, body) => change(http.send('PATCH', device(id), body)),
    deleteDevice: (id) => change(http.send('DELETE', device(id))),
    loadAudit: (limit) => answer(http.get(`/admin/audit?limit=${limit}`), isAuditAnswer),
  };
}

/** {@link hubAdminPort} over the session's {@link StaffHttp}, the same while it is. */
export function useHubAdminPort(): AdminPort {
  const http = useStaffHttp();
  return useMemo(() => hubAdminPort(http), [http]);
}
