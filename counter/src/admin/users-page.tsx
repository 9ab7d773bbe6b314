import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { useAdminSession } from './admin-session';
import { AdminTable, RowActions } from './admin-table';
import { ConfirmDialog } from './confirm-dialog';
import { NewUserDialog } from './new-user-dialog';
import { PinDialog, RoleDialog } from './user-dialogs';
import { ROLE_LABELS } from './user-roles';

type Dialog =
  | null
  | { kind: 'new' }
  | { kind: 'role' | 'pin'; id: string }
  /** `active` as it was when asked, so the dialog's words do not flip once it is done. */
  | { kind: 'active'; id: string; active: boolean };

/** The words of switching a user off (while active) or back on. */
const SWITCH_WORDS = {
  off: {
    action: 'admin.users.deactivate',
    title: 'admin.user.deactivateTitle',
    sentence: 'admin.user.deactivateSentence',
    done: 'admin.user.deactivated',
  },
  on: {
    action: 'admin.users.reactivate',
    title: 'admin.user.reactivateTitle',
    sentence: 'admin.user.reactivateSentence',
    done: 'admin.user.reactivated',
  },
} as const;

function switchWords(active: boolean): (typeof SWITCH_WORDS)['off' | 'on'] {
  return active ? SWITCH_WORDS.off : SWITCH_WORDS.on;
}

/**
 * Users: who may sign in and as what. A user is never deleted (the ledger keeps their name on
 * every ticket they served): deactivating stops their sign-in, reactivating gives it back.
 */
export function UsersPage(): ReactNode {
  const t = useCounterT();
  const { config, port, change } = useAdminSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = (): void => setDialog(null);
  const user =
    dialog && dialog.kind !== 'new' ? config.users.find((u) => u.id === dialog.id) : undefined;
  const switching = dialog?.kind === 'active' ? switchWords(dialog.active) : null;
  return (
    <AdminPage
      title={t('admin.nav.users')}
      intro={t('admin.users.intro')}
      action={{ label: t('admin.users.add'), onClick: () => setDialog({ kind: 'new' }) }}
    >
      <AdminTable
        columns={[
          t('admin.users.col.name'),
          t('admin.users.col.username'),
          t('admin.users.col.role'),
          t('admin.users.col.state'),
        ]}
      >
        {config.users.map((u) => (
          <tr key={u.id} className={u.active ? undefined : 'admin-table__inactive'}>
            <th scope="row">{u.name}</th>
            <td>{u.username}</td>
            <td>{t(ROLE_LABELS[u.role])}</td>
            <td>{u.active ? t('admin.state.active') : t('admin.state.inactive')}</td>
            <RowActions
              item={u.name}
              actions={[
                {
                  label: t('admin.users.changeRole'),
                  onClick: () => setDialog({ kind: 'role', id: u.id }),
                },
                {
                  label: t('admin.users.resetPin'),
                  onClick: () => setDialog({ kind: 'pin', id: u.id }),
                },
                {
                  label: t(switchWords(u.active).action),
                  onClick: () => setDialog({ kind: 'active', id: u.id, active: u.active }),
                },
              ]}
            />
          </tr>
        ))}
      </AdminTable>
      {dialog?.kind === 'new' ? <NewUserDialog onClose={close} /> : null}
      {dialog?.kind === 'role' && user ? <RoleDialog user={user} onClose={close} /> : null}
      {dialog?.kind === 'pin' && user ? <PinDialog user={user} onClose={close} /> : null}
      {dialog?.kind === 'active' && switching && user ? (
        <ConfirmDialog
          title={t(switching.title, { name: user.name })}
          sentence={t(switching.sentence, { name: user.name })}
          confirmLabel={t(switching.action)}
          onClose={close}
          onConfirm={() =>
            change(
              () => port.updateUser(user.id, { active: !dialog.active }),
              t(switching.done, { name: user.name }),
            )
          }
        />
      ) : null}
    </AdminPage>
  );
}
