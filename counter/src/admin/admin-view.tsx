import type { AdminConfigAnswer } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCounterT } from '../counter-text';
import type { AdminMessageKey } from './admin-messages.es';
import type { AdminPort, AdminResult } from './admin-port';
import { useGivenAdminPort } from './admin-port';
import type { AdminSession } from './admin-session';
import { AdminSessionProvider, describeFailure } from './admin-session';
import { AuditPage } from './audit-page';
import { CallPolicyPage } from './call-policy-page';
import { DevicesPage } from './devices-page';
import { HolidaysPage } from './holidays-page';
import { useHubAdminPort } from './hub-admin-port';
import { useNewerConfig } from './use-newer-config';
import { AnnouncementsPage } from './announcements-page';
import { OfficePage } from './office-page';
import { OnlineProceduresPage } from './online-procedures-page';
import { ServicesPage } from './services-page';
import { UitPage } from './uit-page';
import { UsersPage } from './users-page';
import { WindowsPage } from './windows-page';
// The refusal box is the counter's (form-dialog.css), the same on a page as in a dialog.
import '../form-dialog.css';
import './admin.css';

const PAGES = [
  'services',
  'windows',
  'users',
  'devices',
  'office',
  'holidays',
  'uit',
  'callPolicy',
  'announcements',
  'onlineProcedures',
  'audit',
] as const;
type AdminPageId = (typeof PAGES)[number];

const PAGE_LABELS = {
  services: 'admin.nav.services',
  windows: 'admin.nav.windows',
  users: 'admin.nav.users',
  devices: 'admin.nav.devices',
  office: 'admin.nav.office',
  holidays: 'admin.nav.holidays',
  uit: 'admin.nav.uit',
  callPolicy: 'admin.nav.callPolicy',
  announcements: 'admin.nav.announcements',
  onlineProcedures: 'admin.nav.onlineProcedures',
  audit: 'admin.nav.audit',
} as const satisfies Record<AdminPageId, AdminMessageKey>;

function Page({ page }: { page: AdminPageId }): ReactNode {
  switch (page) {
    case 'services':
      return <ServicesPage />;
    case 'windows':
      return <WindowsPage />;
    case 'users':
      return <UsersPage />;
    case 'devices':
      return <DevicesPage />;
    case 'office':
      return <OfficePage />;
    case 'holidays':
      return <HolidaysPage />;
    case 'uit':
      return <UitPage />;
    case 'callPolicy':
      return <CallPolicyPage />;
    case 'announcements':
      return <AnnouncementsPage />;
    case 'onlineProcedures':
      return <OnlineProceduresPage />;
    case 'audit':
      return <AuditPage />;
  }
}

/** The screens over the hub, through the signed-in administrator's REST access. */
function HubAdminScreens(): ReactNode {
  return <AdminScreens port={useHubAdminPort()} />;
}

/** The administrator's screens (issue 7), over the port of the context (tests) or the hub. */
export function AdminView(): ReactNode {
  const given = useGivenAdminPort();
  return given ? <AdminScreens port={given} /> : <HubAdminScreens />;
}

/**
 * The administrator's screens (issue 7): a secondary navigation on the left, the chosen page on
 * the right. The configuration is read once and kept with its revision; every save sends that
 * revision, so a change made meanwhile by another administrator is refused and offered for reload
 * rather than overwritten. The hub pushes each accepted change to every connected face.
 */
function AdminScreens({ port }: { port: AdminPort }): ReactNode {
  const t = useCounterT();
  const [page, setPage] = useState<AdminPageId>('services');
  const [answer, setAnswer] = useState<AdminConfigAnswer | null>(null);
  const [loadFailed, setLoadFailed] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const newer = useNewerConfig(port, answer?.revision ?? null);

  const applyLoad = useCallback(
    (result: AdminResult<AdminConfigAnswer>) => {
      if (result.ok) {
        setAnswer(result.value);
        setLoadFailed(null);
      } else setLoadFailed(describeFailure(result.error, t).message);
    },
    [t],
  );
  const load = useCallback(() => port.loadConfig().then(applyLoad), [port, applyLoad]);

  useEffect(() => {
    let live = true;
    void port.loadConfig().then((result) => {
      if (live) applyLoad(result);
    });
    return () => {
      live = false;
    };
  }, [port, applyLoad]);

  const succeeded = useCallback(
    (next: AdminConfigAnswer, what: string) => {
      // A change made from a dialog: closing it gives the focus back to the button that opened
      // it. A change made from a page's form: the focus goes to the page's heading, once the
      // page shows the saved values, so the next Tab starts from the top with the notice heard.
      const fromDialog = document.querySelector('.admin [role="dialog"]') !== null;
      setAnswer(next);
      setNotice(t('admin.notice.saved', { what }));
      if (fromDialog) return;
      setTimeout(() => {
        document.querySelector<HTMLElement>('.admin [data-admin-heading]')?.focus();
      }, 0);
    },
    [t],
  );

  const session = useMemo<AdminSession | null>(() => {
    if (!answer) return null;
    async function change(
      run: () => Promise<AdminResult<AdminConfigAnswer>>,
      what: string,
    ): Promise<ReturnType<typeof describeFailure> | null> {
      const result = await run();
      if (result.ok) {
        succeeded(result.value, what);
        return null;
      }
      setNotice('');
      return describeFailure(result.error, t);
    }
    return {
      config: answer.config,
      revision: answer.revision,
      port,
      saveSection: (section, value, what) =>
        change(() => port.saveSection(section, { revision: answer.revision, value }), what),
      change,
      accept: succeeded,
      reload: async () => {
        setNotice('');
        await load();
      },
    };
  }, [answer, port, succeeded, load, t]);

  function choose(next: AdminPageId): void {
    setPage(next);
    setNotice('');
  }

  return (
    <section className="admin" aria-labelledby="admin-heading">
      <h2 id="admin-heading" className="admin__heading">
        {t('admin.heading')}
      </h2>
      <nav className="admin__nav" aria-label={t('admin.nav.label')}>
        <ul>
          {PAGES.map((option) => (
            <li key={option}>
              <button
                type="button"
                className="admin__nav-button"
                aria-current={page === option ? 'page' : undefined}
                onClick={() => choose(option)}
              >
                {t(PAGE_LABELS[option])}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin__content">
        <p className="admin__notice" role="status">
          {notice}
        </p>
        {newer ? (
          <div className="admin__newer" role="status">
            <p>{t('admin.newer.notice')}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotice('');
                setAnswer(newer);
              }}
            >
              {t('admin.stale.reload')}
            </button>
          </div>
        ) : null}
        {session ? (
          <AdminSessionProvider value={session}>
            <Page key={page} page={page} />
          </AdminSessionProvider>
        ) : loadFailed ? (
          <div className="form-dialog__error admin-failure" role="alert">
            <p className="admin-failure__message">{loadFailed}</p>
            <button type="button" className="button" onClick={() => void load()}>
              {t('admin.load.retry')}
            </button>
          </div>
        ) : (
          <p>{t('admin.load.loading')}</p>
        )}
      </div>
    </section>
  );
}
