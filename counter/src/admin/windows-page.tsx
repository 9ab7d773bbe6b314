import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { AdminTable, RowActions } from './admin-table';
import { useAdminSession } from './admin-session';
import { ConfirmDialog } from './confirm-dialog';
import { namesOf } from './names';
import { WindowDialog } from './window-dialog';

type Dialog = null | { kind: 'edit'; id: string | null } | { kind: 'remove'; id: string };

/** Windows: number, name and the services each serves; add, edit, remove. */
export function WindowsPage(): ReactNode {
  const t = useCounterT();
  const { config, saveSection } = useAdminSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const chosen = dialog?.id ? config.windows.find((w) => w.id === dialog.id) : undefined;
  const windows = [...config.windows].sort(
    (a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.name.localeCompare(b.name),
  );
  return (
    <AdminPage
      title={t('admin.nav.windows')}
      intro={t('admin.windows.intro')}
      action={{
        label: t('admin.windows.add'),
        onClick: () => setDialog({ kind: 'edit', id: null }),
      }}
    >
      <AdminTable
        columns={[
          t('admin.windows.col.name'),
          t('admin.windows.col.number'),
          t('admin.windows.col.services'),
        ]}
      >
        {windows.map((w) => (
          <tr key={w.id}>
            <th scope="row">{w.name}</th>
            <td>{w.number ?? '—'}</td>
            <td>{namesOf(w.serviceIds, config.services)}</td>
            <RowActions
              item={w.name}
              actions={[
                {
                  label: t('admin.list.edit'),
                  onClick: () => setDialog({ kind: 'edit', id: w.id }),
                },
                {
                  label: t('admin.list.remove'),
                  onClick: () => setDialog({ kind: 'remove', id: w.id }),
                },
              ]}
            />
          </tr>
        ))}
      </AdminTable>
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
