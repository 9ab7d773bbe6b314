import type { OfficeConfig } from './office-config';

/**
 * The administrators' REST contract (`/api/v1/admin/...`, role admin, issue 7). Secrets never
 * leave the hub: users come without their PIN hash, devices without their key hash; a device key
 * is shown once, in the answer that made it.
 */

/** Parts of office.json edited as a whole by `PUT /admin/config/{section}`. */
export const CONFIG_SECTIONS = [
  'general',
  'services',
  'windows',
  'holidays',
  'uitTable',
  'callPolicy',
  'announcements',
  'onlineProcedures',
  'expedientes',
  'papeletas',
  'limits',
] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

/** The section `general`: the office's name, hours and day close, the wait before a no-show. */
export type GeneralSection = Pick<
  OfficeConfig,
  'office' | 'hours' | 'dayCloseTime' | 'noShowMinSeconds' | 'ticketFooter'
>;

type Device = OfficeConfig['devices'][number];
type User = OfficeConfig['users'][number];

export type AdminUserView = Omit<User, 'pinHash'>;
export type AdminDeviceView = Omit<Device, 'keyHash'>;
export type AdminConfigView = Omit<OfficeConfig, 'users' | 'devices'> & {
  users: readonly AdminUserView[];
  devices: readonly AdminDeviceView[];
};

/**
 * `GET /admin/config` and every successful change: the configuration and its revision. A section
 * is saved only against the revision it was read at (`CONFIG_CHANGED` otherwise), so two
 * administrators never silently overwrite each other.
 */
export type AdminConfigAnswer = { revision: string; config: AdminConfigView };

/** `PUT /admin/config/{section}` */
export type SectionSaveBody = { revision: string; value: unknown };

/** `POST /admin/users` */
export type NewUserBody = { username: string; name: string; role: User['role']; pin: string };
/** `PATCH /admin/users/{id}` */
export type UserPatchBody = { name?: string; role?: User['role']; active?: boolean };
/** `POST /admin/users/{id}/pin` */
export type PinResetBody = { pin: string };

/** `POST /admin/devices` */
export type NewDeviceBody = {
  id: string;
  kind: Device['kind'];
  name: string;
  zone?: NonNullable<Device['zone']>;
  printer?: NonNullable<Device['printer']>;
};
/** `PATCH /admin/devices/{id}`; `null` removes the zone or the printer. */
export type DevicePatchBody = {
  name?: string;
  zone?: NonNullable<Device['zone']> | null;
  printer?: NonNullable<Device['printer']> | null;
};
/** `POST /admin/devices` (201) and `POST /admin/devices/{id}/key`: the new key, shown this once. */
export type DeviceKeyAnswer = AdminConfigAnswer & { deviceId: string; key: string };

/** One audited change (`GET /admin/audit`), newest first; secrets appear as "(cambiado)". */
export type AuditEntryView = {
  id: number;
  at: number;
  userId: string;
  userName: string;
  /** `config.save`, `user.create`, `user.update`, `user.pin`, `device.create`, `device.key`, `device.update`, `device.delete` */
  action: string;
  /** The section, user id or device id. */
  target: string;
  before: unknown;
  after: unknown;
};
export type AuditAnswer = { entries: readonly AuditEntryView[] };
