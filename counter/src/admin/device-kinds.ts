import type { AdminDeviceView } from '@cac/shared/protocol';

export type DeviceKind = AdminDeviceView['kind'];

/** The kinds of device, in the order the register dialog offers them. */
export const DEVICE_KINDS = ['kiosk', 'display'] as const satisfies readonly DeviceKind[];

export const DEVICE_KIND_LABELS = {
  kiosk: 'admin.device.kiosk',
  display: 'admin.device.display',
} as const satisfies Record<DeviceKind, string>;
