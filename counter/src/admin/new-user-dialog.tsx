import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import type { SaveFailure } from './admin-session';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { PinFields, pinProblem } from './pin-fields';
import { SectionFeedback } from './section-feedback';
import type { Role } from './user-roles';
import { ROLE_LABELS, ROLES } from './user-roles';
import { useTouched } from './use-touched';
import { checkRequired, checkUsername } from './validation';

/** Creates a user: the name they sign in with, their full name, role and first PIN (twice). */
export function NewUserDialog({ onClose }: { onClose: () => void }): ReactNode {
  const t = useCounterT();
  const { config, port, change } = useAdminSession();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('clerk');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const touched = useTouched();
  const roleId = useId();

  const usernameProblem =
    checkUsername(username) ??
    (config.users.some((u) => u.username === username) ? 'admin.check.usernameTaken' : null);
  const nameProblem = checkRequired(name);
  const pinCheck = pinProblem(pin, repeat);

  async function confirm(): Promise<void> {
    touched.submitted();
    if (usernameProblem || nameProblem || pinCheck) return;
    setBusy(true);
    const failed = await change(
      () => port.createUser({ username, name: name.trim(), role, pin }),
      t('admin.user.created', { username, role: t(ROLE_LABELS[role]) }),
    );
    setBusy(false);
    setFailure(failed);
    if (!failed) onClose();
  }

  return (
    <FormDialog
      title={t('admin.user.newTitle')}
      confirmLabel={t('admin.user.create')}
      onConfirm={() => void confirm()}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <TextField
        label={t('admin.user.username')}
        hint={t('admin.user.usernameHint')}
        value={username}
        maxLength={32}
        onChange={(value) => setUsername(value.toLowerCase())}
        onBlur={touched.touch('username')}
        error={usernameProblem && touched.show('username') ? t(usernameProblem) : null}
      />
      <TextField
        label={t('admin.user.name')}
        value={name}
        maxLength={80}
        onChange={setName}
        onBlur={touched.touch('name')}
        error={nameProblem && touched.show('name') ? t(nameProblem) : null}
      />
      <div className="admin-field">
        <label htmlFor={roleId}>{t('admin.user.role')}</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_LABELS[r])}
            </option>
          ))}
        </select>
      </div>
      <PinFields
        pin={pin}
        repeat={repeat}
        onPin={setPin}
        onRepeat={setRepeat}
        show={touched.show}
        touch={touched.touch}
      />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
