import type { AdminUserView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import { useAdminSession } from './admin-session';
import { usePendingChange } from './pending-change';
import { PinFields, pinProblem } from './pin-fields';
import { RoleSelect } from './role-select';
import { SectionFeedback } from './section-feedback';
import type { Role } from './user-roles';
import { ROLE_LABELS } from './user-roles';
import { useTouched } from './use-touched';

/** Props of a dialog about one user. */
type UserDialogProps = { user: AdminUserView; onClose: () => void };

/** Changes what a user may do. */
export function RoleDialog({ user, onClose }: UserDialogProps): ReactNode {
  const t = useCounterT();
  const { port, change } = useAdminSession();
  const [role, setRole] = useState<Role>(user.role);
  const { busy, failure, run } = usePendingChange(onClose);
  return (
    <FormDialog
      title={t('admin.user.roleTitle', { name: user.name })}
      confirmLabel={t('admin.user.roleSave')}
      onConfirm={() =>
        void run(() =>
          change(
            () => port.updateUser(user.id, { role }),
            t('admin.user.roleChanged', { name: user.name, role: t(ROLE_LABELS[role]) }),
          ),
        )
      }
      onClose={onClose}
      busy={busy}
      confirmDisabled={role === user.role}
      error={null}
    >
      <RoleSelect value={role} onChange={setRole} hint={t('admin.user.roleHint')} />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}

/** Gives a user a new PIN (they forgot theirs), typed twice. */
export function PinDialog({ user, onClose }: UserDialogProps): ReactNode {
  const t = useCounterT();
  const { port, change } = useAdminSession();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const touched = useTouched();
  const { busy, failure, run } = usePendingChange(onClose);
  function confirm(): void {
    touched.submitted();
    if (pinProblem(pin, repeat)) return;
    void run(() =>
      change(
        () => port.resetPin(user.id, { pin }),
        t('admin.user.pinChanged', { name: user.name }),
      ),
    );
  }
  return (
    <FormDialog
      title={t('admin.user.pinTitle', { name: user.name })}
      confirmLabel={t('admin.user.pinSave')}
      onConfirm={confirm}
      onClose={onClose}
      busy={busy}
      error={null}
    >
      <PinFields pin={pin} repeat={repeat} onPin={setPin} onRepeat={setRepeat} touched={touched} />
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}
