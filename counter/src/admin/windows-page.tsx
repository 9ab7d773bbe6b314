import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { useAdminSession } from './admin-session';
import { ConfirmDialog } from './confirm-dialog';
import { WindowDialog } from './window-dialog';

type Dialog = null | { kind: 'edit'; id: string | null } | { kind: 'remove'; id: string };

/** Windows: number, name and the services each serves; add, edit, remove. */
export function WindowsPage(): ReactNode {
  const t = useCounterT();
  const { config, saveSection } = useAdminSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const serviceName = (id: string): string => config.services.find((s) => s.id === id)?.name ?? id;
  const chosen = dialog?.id ? config.windows.find((w) => w.id === dialog.id) : undefined;
  const windows = [...config.windows].sort(
    (a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.name.localeCompare(b.name),
  );
  return (
    <AdminPage
      title={t('admin.nav.windows')}
      intro={t('admin.windows.intro')}
      actions={
        <button
          type="button"
          className="button"
          onClick={() => setDialog({ kind: 'edit', id: null })}
        >
          {t('admin.windows.add')}
        </button>
      }
    >
      <table className="data-table admin-table">
        <thead>
          <tr>
            <th scope="col">{t('admin.windows.col.name')}</th>
            <th scope="col">{t('admin.windows.col.number')}</th>
            <th scope="col">{t('admin.windows.col.services')}</th>
            <th scope="col">{t('admin.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {windows.map((w) => (
            <tr key={w.id}>
              <th scope="row">{w.name}</th>
              <td>{w.number ?? '—'}</td>
              <td>{w.serviceIds.map(serviceName).join(', ')}</td>
              <td className="admin-table__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => setDialog({ kind: 'edit', id: w.id })}
                  aria-label={`${t('admin.list.edit')} ${w.name}`}
                >
                  {t('admin.list.edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setDialog({ kind: 'remove', id: w.id })}
                  aria-label={`${t('admin.list.remove')} ${w.name}`}
                >
                  {t('admin.list.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dialog?.kind === 'edit' ? (
        <WindowDialog window={chosen ?? null} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'remove' && chosen ? (
        <ConfirmDialog
          title={t('admin.window.removeTitle', { name: chosen.name })}
          sentence={t('admin.window.removeSentence', { name: chosen.name })}
          confirmLabel={t('admin.window.removeConfirm')}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            saveSection(
              'windows',
              config.windows.filter((w) => w.id !== chosen.id),
              t('admin.window.removed', { name: chosen.name }),
            )
          }
        />
      ) : null}
    </AdminPage>
  );
}
