import { ServiceIcon } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useCounterT } from '../counter-text';
import { AdminPage } from './admin-page';
import { useAdminSession } from './admin-session';
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
      actions={
        editing ? null : (
          <button type="button" className="button" onClick={() => setEditing({ id: null })}>
            {t('admin.services.add')}
          </button>
        )
      }
    >
      {editing ? (
        <ServiceForm service={service} onDone={() => setEditing(null)} />
      ) : (
        <table className="data-table admin-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.services.col.name')}</th>
              <th scope="col">{t('admin.services.col.prefix')}</th>
              <th scope="col">{t('admin.services.col.sla')}</th>
              <th scope="col">{t('admin.services.col.procedures')}</th>
              <th scope="col">{t('admin.services.col.state')}</th>
              <th scope="col">{t('admin.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
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
                  <button
                    type="button"
                    className="button"
                    onClick={() => setEditing({ id: s.id })}
                    aria-label={`${t('admin.list.edit')} ${s.name}`}
                  >
                    {t('admin.list.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminPage>
  );
}
