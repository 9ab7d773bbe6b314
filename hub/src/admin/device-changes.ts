import { randomBytes } from 'node:crypto';
import type { DevicePatchBody, NewDeviceBody, OfficeConfig } from '@cac/shared/protocol';
import { hashDeviceKey } from '../config/secrets';
import { appError } from '../errors/app-errors';
import type { ConfigChange } from './apply-config-change';
import { existingItemChange } from './item-change';

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

/** A change to the existing device `id`; an unknown id is refused. */
function deviceChange(
  action: string,
  id: string,
  apply: (device: Device, draft: OfficeConfig) => void,
): ConfigChange {
  return existingItemChange({
    action,
    id,
    find: deviceOf,
    unknown: appError('UNKNOWN_DEVICE', { deviceId: id }),
    apply(device, draft) {
      apply(device, draft);
      return undefined;
    },
  });
}

/** `POST /admin/devices/{id}/key`: the old key stops working with this change. */
export function rotateKeyChange(id: string, key: string): ConfigChange {
  return deviceChange('device.key', id, (device) => {
    device.keyHash = hashDeviceKey(key);
  });
}

/** `PATCH /admin/devices/{id}`: name, zone and printer; `null` removes the zone or the printer. */
export function patchDeviceChange(id: string, patch: DevicePatchBody): ConfigChange {
  return deviceChange('device.update', id, (device) => {
    if (patch.name !== undefined) device.name = patch.name;
    if (patch.zone === null) delete device.zone;
    else if (patch.zone !== undefined) device.zone = patch.zone;
    if (patch.printer === null) delete device.printer;
    else if (patch.printer !== undefined) device.printer = patch.printer;
  });
}

/** `DELETE /admin/devices/{id}`: its key stops working and its screens are disconnected. */
export function deleteDeviceChange(id: string): ConfigChange {
  return deviceChange('device.delete', id, (device, draft) => {
    draft.devices.splice(draft.devices.indexOf(device), 1);
  });
}
