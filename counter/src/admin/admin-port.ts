import type {
  AdminConfigAnswer,
  AuditAnswer,
  ConfigSection,
  DeviceKeyAnswer,
  DevicePatchBody,
  NewDeviceBody,
  NewUserBody,
  PinResetBody,
  SectionSaveBody,
  UserPatchBody,
} from '@cac/shared/protocol';
import { createContext, useContext } from 'react';

/**
 * A refusal of the hub, as it worded it: a code for the screen's logic (`CONFIG_CHANGED` offers a
 * reload), the Spanish message, and one line per problem of an invalid section
 * (`services[2].prefix: …`). A string code rather than the protocol's `ErrorCode`, because the
 * admin codes are not all in the shared list yet and an unknown one must still reach the screen.
 */
export type AdminError = { code: string; message: string; issues: readonly string[] };

/** Every operation's answer; `error: null` means the hub could not be reached. */
export type AdminResult<T> = { ok: true; value: T } | { ok: false; error: AdminError | null };

/** The administrator's operations (`/api/v1/admin/...`), one method each; never rejects. */
export type AdminPort = {
  loadConfig(): Promise<AdminResult<AdminConfigAnswer>>;
  saveSection(
    section: ConfigSection,
    body: SectionSaveBody,
  ): Promise<AdminResult<AdminConfigAnswer>>;
  createUser(body: NewUserBody): Promise<AdminResult<AdminConfigAnswer>>;
  updateUser(id: string, body: UserPatchBody): Promise<AdminResult<AdminConfigAnswer>>;
  resetPin(id: string, body: PinResetBody): Promise<AdminResult<AdminConfigAnswer>>;
  createDevice(body: NewDeviceBody): Promise<AdminResult<DeviceKeyAnswer>>;
  rotateDeviceKey(id: string): Promise<AdminResult<DeviceKeyAnswer>>;
  updateDevice(id: string, body: DevicePatchBody): Promise<AdminResult<AdminConfigAnswer>>;
  deleteDevice(id: string): Promise<AdminResult<AdminConfigAnswer>>;
  loadAudit(limit: number): Promise<AdminResult<AuditAnswer>>;
};

const AdminPortContext = createContext<AdminPort | null>(null);

/** Gives the admin screens their port (the hub adapter in the app, a fake in tests). */
export const AdminPortProvider = AdminPortContext.Provider;

/** The port given by {@link AdminPortProvider}, or null when none is given. */
export function useGivenAdminPort(): AdminPort | null {
  return useContext(AdminPortContext);
}
