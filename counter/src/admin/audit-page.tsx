import type { AuditAnswer, AuditEntryView } from '@cac/shared/protocol';
import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../backoffice/format';
import type { CounterTranslate } from '../counter-text';
import { useCounterT } from '../counter-text';
import type { AdminMessageKey } from './admin-messages.es';
import type { AdminResult } from './admin-port';
import { AdminPage } from './admin-page';
import { describeFailure, useAdminSession } from './admin-session';
import { AdminTable } from './admin-table';
import { diffValues } from './audit-diff';

/** How many changes the page reads (the newest). */
const LIMIT = 50;
/** Lines of one change shown before "and N more". */
const MAX_LINES = 12;

const ACTIONS: Readonly<Record<string, AdminMessageKey>> = {
  'config.save': 'admin.audit.action.configSave',
  'user.create': 'admin.audit.action.userCreate',
  'user.update': 'admin.audit.action.userUpdate',
  'user.pin': 'admin.audit.action.userPin',
  'device.create': 'admin.audit.action.deviceCreate',
  'device.key': 'admin.audit.action.deviceKey',
  'device.update': 'admin.audit.action.deviceUpdate',
  'device.delete': 'admin.audit.action.deviceDelete',
};

const SECTIONS: Readonly<Record<string, AdminMessageKey>> = {
  general: 'admin.nav.office',
  services: 'admin.nav.services',
  windows: 'admin.nav.windows',
  holidays: 'admin.nav.holidays',
  uitTable: 'admin.nav.uit',
  callPolicy: 'admin.nav.callPolicy',
  announcements: 'admin.nav.announcements',
  onlineProcedures: 'admin.nav.onlineProcedures',
  expedientes: 'admin.section.expedientes',
  papeletas: 'admin.section.papeletas',
  limits: 'admin.section.limits',
};

/** What was done, in words: "Guardó Servicios", "Creó el usuario clerk7". */
function describeAction(entry: AuditEntryView, t: CounterTranslate): string {
  const key = ACTIONS[entry.action];
  const section = SECTIONS[entry.target];
  const target = entry.action === 'config.save' && section ? t(section) : entry.target;
  return key ? t(key, { target }) : `${entry.action} ${entry.target}`;
}

function Changes({ entry }: { entry: AuditEntryView }): ReactNode {
  const t = useCounterT();
  // A section's paths start with its name (`services[orientacion].name`), as in office.json.
  const root = entry.action === 'config.save' && entry.target !== 'general' ? entry.target : '';
  const changes = diffValues(entry.before, entry.after, root);
  if (changes.length === 0) return <p>{t('admin.audit.noFields')}</p>;
  const shown = changes.slice(0, MAX_LINES);
  return (
    <ul className="admin-diff">
      {shown.map((change) => (
        <li key={change.path}>
          <span className="admin-diff__path">{change.path}</span>{' '}
          <del className="admin-diff__before">{change.before}</del>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> {t('admin.audit.becomes')} </span>
          <ins className="admin-diff__after">{change.after}</ins>
        </li>
      ))}
      {changes.length > MAX_LINES ? (
        <li>{t('admin.audit.more', { n: changes.length - MAX_LINES })}</li>
      ) : null}
    </ul>
  );
}

/** The history of changes: newest first, who, when (office time), what, and the fields changed. */
export function AuditPage(): ReactNode {
  const t = useCounterT();
  const language = useLanguage();
  const { port, config } = useAdminSession();
  const [entries, setEntries] = useState<readonly AuditEntryView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const show = useCallback(
    (result: AdminResult<AuditAnswer>) => {
      if (result.ok) {
        setEntries([...result.value.entries].sort((x, y) => y.at - x.at));
        setProblem(null);
      } else setProblem(describeFailure(result.error, t).message);
    },
    [t],
  );

  useEffect(() => {
    let live = true;
    void port.loadAudit(LIMIT).then((result) => {
      if (live) show(result);
    });
    return () => {
      live = false;
    };
  }, [port, show]);

  const load = (): Promise<void> => port.loadAudit(LIMIT).then(show);

  return (
    <AdminPage
      title={t('admin.nav.audit')}
      intro={t('admin.audit.intro', { n: LIMIT })}
      action={{ label: t('admin.audit.refresh'), onClick: () => void load() }}
    >
      {problem ? (
        <p className="form-dialog__error admin-failure" role="alert">
          {problem}
        </p>
      ) : null}
      {entries === null && !problem ? <p>{t('admin.load.loading')}</p> : null}
      {entries?.length === 0 ? <p>{t('admin.audit.none')}</p> : null}
      {entries && entries.length > 0 ? (
        <AdminTable
          className="admin-audit"
          actions={false}
          columns={[
            t('admin.audit.col.when'),
            t('admin.audit.col.who'),
            t('admin.audit.col.what'),
            t('admin.audit.col.changes'),
          ]}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="admin-audit__when">
                {formatDateTime(entry.at, config.office.timeZone, language)}
              </td>
              <td>{entry.userName}</td>
              <th scope="row">{describeAction(entry, t)}</th>
              <td>
                <Changes entry={entry} />
              </td>
            </tr>
          ))}
        </AdminTable>
      ) : null}
    </AdminPage>
  );
}
