import { ServiceIcon } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { useAdminSession } from './admin-session';
import { AdminTable } from './admin-table';
import { ItemButton } from './item-button';
import { ServiceForm } from './service-form';

/** Which service is being edited: none (the list), an existing one by id, or a new one. */
type Editing = null | { id: string | null };

/** Services: the list as the kiosk shows them, then one service's form in its place. */
export function ServicesPage(): ReactNode {
  const t = useCounterT();
  const { config } = useAdminSession();
  const [editing, setEditing] = useState<Editing>(null);
  const service = editing?.id ? (config.services.find((s) => s.id === editing.id) ?? null) : null;
  return (
    <AdminPage
      title={t('admin.nav.services')}
      intro={t('admin.services.intro')}
      action={
        editing ? null : { label: t('admin.services.add'), onClick: () => setEditing({ id: null }) }
      }
    >
      {editing ? (
        <ServiceForm service={service} onDone={() => setEditing(null)} />
      ) : (
        <AdminTable
          columns={[
            t('admin.services.col.name'),
            t('admin.services.col.prefix'),
            t('admin.services.col.sla'),
            t('admin.services.col.procedures'),
            t('admin.services.col.state'),
          ]}
        >
          {config.services.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <span className="admin-service-name">
                  <span
                    className="admin-icon-preview admin-icon-preview--small"
                    style={{ backgroundColor: s.colour }}
                  >
                    <ServiceIcon icon={s.icon} />
                  </span>
                  {s.name}
                </span>
              </th>
              <td>{s.prefix}</td>
              <td>{t('admin.minutes', { n: s.slaTargetMin })}</td>
              <td>{s.procedures.length}</td>
              <td>
                {s.active ? t('admin.state.active') : t('admin.state.inactive')}
                {s.askPreferential ? ` · ${t('admin.services.asksPreferential')}` : ''}
              </td>
              <td>
                <ItemButton
                  label={t('admin.list.edit')}
                  item={s.name}
                  onClick={() => setEditing({ id: s.id })}
                />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminPage>
  );
}
