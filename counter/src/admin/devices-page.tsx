import type { AdminDeviceView, DeviceKeyAnswer } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { AdminTable, RowActions } from './admin-table';
import type { SaveFailure } from './admin-session';
import { describeFailure, useAdminSession } from './admin-session';
import { ConfirmDialog } from './confirm-dialog';
import { DeviceDialog } from './device-dialog';
import { DeviceKeyDialog } from './device-key-dialog';
import { DEVICE_KIND_LABELS } from './device-kinds';
import { namesOf } from './names';
import { NewDeviceDialog } from './new-device-dialog';

type Dialog =
  | null
  | { kind: 'new' }
  | { kind: 'edit' | 'rotate' | 'remove'; id: string }
  | { kind: 'key'; name: string; key: string };

/** Devices: kiosks and displays, their zone and printer; register, new key, edit, remove. */
export function DevicesPage(): ReactNode {
  const t = useCounterT();
  const { config, port, change, accept } = useAdminSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = (): void => setDialog(null);
  const device =
    dialog && (dialog.kind === 'edit' || dialog.kind === 'rotate' || dialog.kind === 'remove')
      ? config.devices.find((d) => d.id === dialog.id)
      : undefined;
  function zone(d: AdminDeviceView): string {
    const parts = [
      namesOf(d.zone?.serviceIds, config.services),
      namesOf(d.zone?.windowIds, config.windows),
    ];
    const text = parts.filter((p) => p !== '').join(' · ');
    return text === '' ? t('admin.devices.allZone') : text;
  }

  function printer(d: AdminDeviceView): string {
    if (d.kind !== 'kiosk') return '—';
    if (!d.printer) return t('admin.devices.ownPrinter');
    return t('admin.devices.printerLine', {
      target: d.printer.target,
      mm: d.printer.profile.paperMm,
    });
  }

  function showKey(answer: DeviceKeyAnswer, name: string, notice: string): void {
    accept(answer, notice);
    setDialog({ kind: 'key', name, key: answer.key });
  }

  async function rotate(d: AdminDeviceView): Promise<SaveFailure | null> {
    const result = await port.rotateDeviceKey(d.id);
    if (!result.ok) return describeFailure(result.error, t);
    showKey(result.value, d.name, t('admin.device.rotated', { name: d.name }));
    return null;
  }

  return (
    <AdminPage
      title={t('admin.nav.devices')}
      intro={t('admin.devices.intro')}
      action={{ label: t('admin.devices.add'), onClick: () => setDialog({ kind: 'new' }) }}
    >
      <AdminTable
        columns={[
          t('admin.devices.col.name'),
          t('admin.devices.col.kind'),
          t('admin.devices.col.zone'),
          t('admin.devices.col.printer'),
        ]}
      >
        {config.devices.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              {d.name}
              <span className="admin-table__sub">{d.id}</span>
            </th>
            <td>{t(DEVICE_KIND_LABELS[d.kind])}</td>
            <td>{zone(d)}</td>
            <td>{printer(d)}</td>
            <RowActions
              item={d.name}
              actions={[
                {
                  label: t('admin.list.edit'),
                  onClick: () => setDialog({ kind: 'edit', id: d.id }),
                },
                {
                  label: t('admin.devices.rotate'),
                  onClick: () => setDialog({ kind: 'rotate', id: d.id }),
                },
                {
                  label: t('admin.list.remove'),
                  onClick: () => setDialog({ kind: 'remove', id: d.id }),
                },
              ]}
            />
          </tr>
        ))}
      </AdminTable>
      {dialog?.kind === 'new' ? (
        <NewDeviceDialog
          onClose={close}
          onRegistered={(answer, name) =>
            showKey(answer, name, t('admin.device.registered', { name }))
          }
        />
      ) : null}
      {dialog?.kind === 'key' ? (
        <DeviceKeyDialog deviceName={dialog.name} keyText={dialog.key} onClose={close} />
      ) : null}
      {dialog?.kind === 'edit' && device ? <DeviceDialog device={device} onClose={close} /> : null}
      {dialog?.kind === 'rotate' && device ? (
        <ConfirmDialog
          title={t('admin.device.rotateTitle', { name: device.name })}
          sentence={t('admin.device.rotateSentence', { name: device.name })}
          confirmLabel={t('admin.devices.rotate')}
          // The key dialog replaces this one; closing here would close it too.
          onClose={() => setDialog((d) => (d?.kind === 'key' ? d : null))}
          onConfirm={() => rotate(device)}
        />
      ) : null}
      {dialog?.kind === 'remove' && device ? (
        <ConfirmDialog
          title={t('admin.device.removeTitle', { name: device.name })}
          sentence={t('admin.device.removeSentence', { name: device.name })}
          confirmLabel={t('admin.device.removeConfirm')}
          onClose={close}
          onConfirm={() =>
            change(
              () => port.deleteDevice(device.id),
              t('admin.device.removed', { name: device.name }),
            )
          }
        />
      ) : null}
    </AdminPage>
  );
}
