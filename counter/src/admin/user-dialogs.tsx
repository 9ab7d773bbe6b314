import type { AdminUserView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import { FormDialog } from '../form-dialog';
import type { SaveFailure } from './admin-session';
import { useAdminSession } from './admin-session';
import { PinFields, pinProblem } from './pin-fields';
import { SectionFeedback } from './section-feedback';
import type { Role } from './user-roles';
import { ROLE_LABELS, ROLES } from './user-roles';
import { useTouched } from './use-touched';

/** Runs one change from a dialog: busy while it goes, its refusal kept, closed on success. */
function useDialogChange(onClose: () => void): {
  busy: boolean;
  failure: SaveFailure | null;
  run: (change: () => Promise<SaveFailure | null>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  return {
    busy,
    failure,
    async run(change) {
      setBusy(true);
      const failed = await change();
      setBusy(false);
      setFailure(failed);
      if (!failed) onClose();
    },
  };
}

/** Changes what a user may do. */
export function RoleDialog({
  user,
  onClose,
}: {
  user: AdminUserView;
  onClose: () => void;
}): ReactNode {
  const t = useCounterT();
  const { port, change } = useAdminSession();
  const [role, setRole] = useState<Role>(user.role);
  const { busy, failure, run } = useDialogChange(onClose);
  const roleId = useId();
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
      <div className="admin-field">
        <label htmlFor={roleId}>{t('admin.user.role')}</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_LABELS[r])}
            </option>
          ))}
        </select>
        <p className="admin-field__hint">{t('admin.user.roleHint')}</p>
      </div>
      <SectionFeedback failure={failure} onReloaded={onClose} />
    </FormDialog>
  );
}

/** Gives a user a new PIN (they forgot theirs), typed twice. */
export function PinDialog({
  user,
  onClose,
}: {
  user: AdminUserView;
  onClose: () => void;
}): ReactNode {
  const t = useCounterT();
  const { port, change } = useAdminSession();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const touched = useTouched();
  const { busy, failure, run } = useDialogChange(onClose);
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
