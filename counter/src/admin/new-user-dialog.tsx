import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import { useAdminSession } from './admin-session';
import { TextField } from './field';
import { usePendingChange } from './pending-change';
import { PinFields, pinProblem } from './pin-fields';
import { RoleSelect } from './role-select';
import { SectionFeedback } from './section-feedback';
import type { Role } from './user-roles';
import { ROLE_LABELS } from './user-roles';
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
  const { busy, failure, run } = usePendingChange(onClose);
  const touched = useTouched();

  const usernameProblem =
    checkUsername(username) ??
    (config.users.some((u) => u.username === username) ? 'admin.check.usernameTaken' : null);
  const nameProblem = checkRequired(name);
  const pinCheck = pinProblem(pin, repeat);

  async function confirm(): Promise<void> {
    touched.submitted();
    if (usernameProblem || nameProblem || pinCheck) return;
    await run(() =>
      change(
        () => port.createUser({ username, name: name.trim(), role, pin }),
        t('admin.user.created', { username, role: t(ROLE_LABELS[role]) }),
      ),
    );
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
        error={touched.message('username', usernameProblem)}
      />
      <TextField
        label={t('admin.user.name')}
        value={name}
        maxLength={80}
        onChange={setName}
        onBlur={touched.touch('name')}
        error={touched.message('name', nameProblem)}
      />
      <RoleSelect value={role} onChange={setRole} />
      <PinFields pin={pin} repeat={repeat} onPin={setPin} onRepeat={setRepeat} touched={touched} />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
