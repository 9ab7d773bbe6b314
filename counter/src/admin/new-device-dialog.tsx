import type { DeviceKeyAnswer } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import { describeFailure, useAdminSession } from './admin-session';
import type { DeviceKind } from './device-kinds';
import { DEVICE_KIND_LABELS, DEVICE_KINDS } from './device-kinds';
import { TextField } from './field';
import { usePendingChange } from './pending-change';
import { RadioChoices } from './radio-choices';
import { SectionFeedback } from './section-feedback';
import { useTouched } from './use-touched';
import { checkRequired, checkSlug, slugify } from './validation';

/**
 * Registers a kiosk or a display: its kind, its name and an identifier (made from the name until
 * edited). The hub answers with the device's key, which the page shows once.
 */
export function NewDeviceDialog({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: (answer: DeviceKeyAnswer, name: string) => void;
}): ReactNode {
  const t = useCounterT();
  const { config, port } = useAdminSession();
  const [kind, setKind] = useState<DeviceKind>('kiosk');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  // No `onDone`: a registered device's dialog gives way to its key's, which the page opens.
  const { busy, failure, run } = usePendingChange();
  const touched = useTouched();

  const taken = new Set([...config.devices.map((d) => d.id), ...config.users.map((u) => u.id)]);
  const nameProblem = checkRequired(name);
  const idProblem = checkSlug(id) ?? (taken.has(id) ? 'admin.check.deviceIdTaken' : null);

  async function confirm(): Promise<void> {
    touched.submitted();
    if (nameProblem || idProblem) return;
    await run(async () => {
      const result = await port.createDevice({ id, kind, name: name.trim() });
      if (!result.ok) return describeFailure(result.error, t);
      onRegistered(result.value, name.trim());
      return null;
    });
  }

  return (
    <FormDialog
      title={t('admin.device.newTitle')}
      confirmLabel={t('admin.device.register')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <RadioChoices
        legend={t('admin.device.kind')}
        name="device-kind"
        options={DEVICE_KINDS}
        value={kind}
        onChange={setKind}
        optionLabel={(option) => t(DEVICE_KIND_LABELS[option])}
      />
      <TextField
        label={t('admin.device.name')}
        hint={t('admin.device.nameHint')}
        value={name}
        maxLength={80}
        onChange={(value) => {
          setName(value);
          if (!idEdited) setId(slugify(value));
        }}
        onBlur={touched.touch('name')}
        error={touched.message('name', nameProblem)}
      />
      <TextField
        label={t('admin.device.id')}
        hint={t('admin.device.idHint')}
        value={id}
        maxLength={40}
        onChange={(value) => {
          setId(value);
          setIdEdited(true);
        }}
        onBlur={touched.touch('id')}
        error={touched.message('id', idProblem)}
      />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
