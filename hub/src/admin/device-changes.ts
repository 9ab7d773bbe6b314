import { randomBytes } from 'node:crypto';
import type { DevicePatchBody, NewDeviceBody, OfficeConfig } from '@cac/shared/protocol';
import { hashDeviceKey } from '../config/secrets';
import { appError } from '../errors/app-errors';
import type { ConfigChange } from './apply-config-change';

type Device = OfficeConfig['devices'][number];

/** A fresh device key: 24 random bytes, 32 characters to paste or scan once. */
export function newDeviceKey(): string {
  return randomBytes(24).toString('base64url');
}

function deviceOf(config: OfficeConfig, id: string): Device | undefined {
  return config.devices.find((device) => device.id === id);
}

/** `POST /admin/devices`: only the key's hash is kept; the key is shown once, in the answer. */
export function createDeviceChange(body: NewDeviceBody, key: string): ConfigChange {
  return {
    action: 'device.create',
    target: body.id,
    revision: null,
    part: (config) => deviceOf(config, body.id),
    edit(draft) {
      const taken =
        draft.devices.some((d) => d.id === body.id) || draft.users.some((u) => u.id === body.id);
      if (taken) return appError('DEVICE_ID_TAKEN', { deviceId: body.id });
      draft.devices.push({
        id: body.id,
        kind: body.kind,
        name: body.name,
        keyHash: hashDeviceKey(key),
        ...(body.zone ? { zone: body.zone } : {}),
        ...(body.printer ? { printer: body.printer } : {}),
      });
      return undefined;
    },
  };
}

/** `POST /admin/devices/{id}/key`: the old key stops working with this change. */
export function rotateKeyChange(id: string, key: string): ConfigChange {
  return {
    action: 'device.key',
    target: id,
    revision: null,
    part: (config) => deviceOf(config, id),
    edit(draft) {
      const device = deviceOf(draft, id);
      if (!device) return appError('UNKNOWN_DEVICE', { deviceId: id });
      device.keyHash = hashDeviceKey(key);
      return undefined;
    },
  };
}

/** `PATCH /admin/devices/{id}`: name, zone and printer; `null` removes the zone or the printer. */
export function patchDeviceChange(id: string, patch: DevicePatchBody): ConfigChange {
  return {
    action: 'device.update',
    target: id,
    revision: null,
    part: (config) => deviceOf(config, id),
    edit(draft) {
      const device = deviceOf(draft, id);
      if (!device) return appError('UNKNOWN_DEVICE', { deviceId: id });
      if (patch.name !== undefined) device.name = patch.name;
      if (patch.zone === null) delete device.zone;
      else if (patch.zone !== undefined) device.zone = patch.zone;
      if (patch.printer === null) delete device.printer;
      else if (patch.printer !== undefined) device.printer = patch.printer;
      return undefined;
    },
  };
}

/** `DELETE /admin/devices/{id}`: its key stops working and its screens are disconnected. */
export function deleteDeviceChange(id: string): ConfigChange {
  return {
    action: 'device.delete',
    target: id,
    revision: null,
    part: (config) => deviceOf(config, id),
    edit(draft) {
      const index = draft.devices.findIndex((device) => device.id === id);
      if (index < 0) return appError('UNKNOWN_DEVICE', { deviceId: id });
      draft.devices.splice(index, 1);
      return undefined;
    },
  };
}
