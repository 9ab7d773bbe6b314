import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { useAdminSession } from './admin-session';
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
  return (
    <AdminPage
      title={t('admin.nav.users')}
      intro={t('admin.users.intro')}
      actions={
        <button type="button" className="button" onClick={() => setDialog({ kind: 'new' })}>
          {t('admin.users.add')}
        </button>
      }
    >
      <table className="data-table admin-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.users.col.name')}</th>
            <th scope="col">{t('admin.users.col.username')}</th>
            <th scope="col">{t('admin.users.col.role')}</th>
            <th scope="col">{t('admin.users.col.state')}</th>
            <th scope="col">{t('admin.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {config.users.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'admin-table__inactive'}>
              <th scope="row">{u.name}</th>
              <td>{u.username}</td>
              <td>{t(ROLE_LABELS[u.role])}</td>
              <td>{u.active ? t('admin.state.active') : t('admin.state.inactive')}</td>
              <td className="admin-table__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => setDialog({ kind: 'role', id: u.id })}
                  aria-label={`${t('admin.users.changeRole')} ${u.name}`}
                >
                  {t('admin.users.changeRole')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setDialog({ kind: 'pin', id: u.id })}
                  aria-label={`${t('admin.users.resetPin')} ${u.name}`}
                >
                  {t('admin.users.resetPin')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setDialog({ kind: 'active', id: u.id, active: u.active })}
                  aria-label={`${u.active ? t('admin.users.deactivate') : t('admin.users.reactivate')} ${u.name}`}
                >
                  {u.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dialog?.kind === 'new' ? <NewUserDialog onClose={close} /> : null}
      {dialog?.kind === 'role' && user ? <RoleDialog user={user} onClose={close} /> : null}
      {dialog?.kind === 'pin' && user ? <PinDialog user={user} onClose={close} /> : null}
      {dialog?.kind === 'active' && user ? (
        <ConfirmDialog
          title={t(dialog.active ? 'admin.user.deactivateTitle' : 'admin.user.reactivateTitle', {
            name: user.name,
          })}
          sentence={t(
            dialog.active ? 'admin.user.deactivateSentence' : 'admin.user.reactivateSentence',
            {
              name: user.name,
            },
          )}
          confirmLabel={t(dialog.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
          onClose={close}
          onConfirm={() =>
            change(
              () => port.updateUser(user.id, { active: !dialog.active }),
              t(dialog.active ? 'admin.user.deactivated' : 'admin.user.reactivated', {
                name: user.name,
              }),
            )
          }
        />
      ) : null}
    </AdminPage>
  );
}
