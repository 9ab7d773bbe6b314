import type { AdminDeviceView, DeviceKeyAnswer } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import type { SaveFailure } from './admin-session';
import { describeFailure, useAdminSession } from './admin-session';
import { TextField } from './field';
import { SectionFeedback } from './section-feedback';
import { useTouched } from './use-touched';
import { checkRequired, checkSlug, slugify } from './validation';

type Kind = AdminDeviceView['kind'];

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
  const [kind, setKind] = useState<Kind>('kiosk');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const touched = useTouched();

  const taken = new Set([...config.devices.map((d) => d.id), ...config.users.map((u) => u.id)]);
  const nameProblem = checkRequired(name);
  const idProblem = checkSlug(id) ?? (taken.has(id) ? 'admin.check.deviceIdTaken' : null);

  async function confirm(): Promise<void> {
    touched.submitted();
    if (nameProblem || idProblem) return;
    setBusy(true);
    const result = await port.createDevice({ id, kind, name: name.trim() });
    setBusy(false);
    if (result.ok) onRegistered(result.value, name.trim());
    else setFailure(describeFailure(result.error, t));
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
      <fieldset className="admin-choices">
        <legend>{t('admin.device.kind')}</legend>
        <div className="admin-choices__options">
          {(['kiosk', 'display'] as const).map((option) => (
            <label key={option} className="admin-radio">
              <input
                type="radio"
                name="device-kind"
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {t(option === 'kiosk' ? 'admin.device.kiosk' : 'admin.device.display')}
            </label>
          ))}
        </div>
      </fieldset>
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
        error={nameProblem && touched.show('name') ? t(nameProblem) : null}
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
        error={idProblem && touched.show('id') ? t(idProblem) : null}
      />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
