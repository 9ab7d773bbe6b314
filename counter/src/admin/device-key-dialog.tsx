import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';

/**
 * A device's new key, shown this once: the hub keeps only its hash, so whoever installs the
 * kiosk or display must write it down now. The key is selectable text (not a field to edit);
 * closing the dialog is the only action.
 */
export function DeviceKeyDialog({
  deviceName,
  keyText,
  onClose,
}: {
  deviceName: string;
  keyText: string;
  onClose: () => void;
}): ReactNode {
  const t = useCounterT();
  return (
    <FormDialog
      title={t('admin.device.keyTitle', { name: deviceName })}
      confirmLabel={t('admin.device.keyDone')}
      onConfirm={onClose}
      onClose={onClose}
      busy={false}
      error={null}
    >
      <p>{t('admin.device.keyIntro')}</p>
      <p className="admin-key" aria-label={t('admin.device.keyLabel')}>
        <code>{keyText}</code>
      </p>
      <p className="form-dialog__notice">{t('admin.device.keyOnce')}</p>
      <p>{t('admin.device.keyWhere')}</p>
    </FormDialog>
  );
}
