import type { LiveState, OfficeRules } from '@cac/shared/domain';
import type { OfficeView } from '@cac/shared/protocol';
import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { SessionStore } from '../staff-session';
import { CallPolicyNote } from './call-policy-note';
import { ClerkHeader } from './clerk-header';
import { CurrentTicket } from './current-ticket';
import { ACTION_KEYS, DESK_ACTIONS } from './desk-actions';
import { DeskActionsBar } from './desk-actions-bar';
import { DeskDialogs } from './desk-dialogs';
import { MyQueues } from './my-queues';
import { PausedPanel } from './paused-panel';
import type { ProcedurePanels } from './procedure-slot';
import { ProcedureSlot } from './procedure-slot';
import { ServedList } from './served-list';
import { useDesk } from './use-desk';
import { useShortcuts } from './use-shortcuts';

/** Props of {@link ClerkDesk}. */
export type ClerkDeskProps = {
  userId: string;
  userName: string;
  state: LiveState;
  office: OfficeView;
  rules: OfficeRules;
  /** Where the session lives; the served list is kept beside it. */
  store: SessionStore | null;
  /** Ends the session; called after the window was closed. */
  onSignOut: () => void;
  panels?: ProcedurePanels;
};

/**
 * The clerk's main screen, once a window is open: my queues and the call rule on the left; the
 * ticket with its timer, the actions and the procedure panel's place in the middle; the tickets
 * served in this session on the right. Everything comes from the synced state, so it follows
 * other clerks live and is right again after a reconnect or a reload.
 */
export function ClerkDesk({
  userId,
  userName,
  state,
  office,
  rules,
  store,
  onSignOut,
  panels,
}: ClerkDeskProps): ReactNode {
  const t = useCounterT();
  const model = useDesk({ userId, state, rules, store, onSignOut });
  const { desk, now, enabled } = model;
  const window = desk.kind === 'no-window' ? null : desk.window;
  const ticket = desk.kind === 'calling' || desk.kind === 'serving' ? desk.ticket : null;
  const windowName = office.windows.find((candidate) => candidate.id === window?.id)?.name ?? '';
  const serviceNames = (window?.serviceIds ?? []).map(
    (id) => office.services.find((service) => service.id === id)?.name ?? id,
  );
  const signOutDisabled = !model.online || model.busy;

  const handlers: Record<string, () => void> = {};
  for (const action of DESK_ACTIONS) {
    if (enabled.has(action)) handlers[ACTION_KEYS[action]] = () => model.act(action);
  }
  if (!signOutDisabled) handlers[ACTION_KEYS.logout] = model.signOut;
  const modalOpen = model.dialog !== null;
  useShortcuts(handlers, !modalOpen);

  return (
    <>
      <div className="clerk clerk--desk" inert={modalOpen}>
        <ClerkHeader
          title={windowName}
          subtitle={t('clerk.desk.services', { services: serviceNames.join(', ') })}
          userName={userName}
          onSignOut={model.signOut}
          signOutDisabled={signOutDisabled}
        />
        <div className="desk">
          <aside className="desk__side" aria-label={t('clerk.queues.heading')}>
            {window && (
              <MyQueues state={state} window={window} services={office.services} now={now} />
            )}
            <CallPolicyNote policy={rules.callPolicy} services={office.services} />
          </aside>
          <main className="desk__centre">
            {desk.kind === 'paused' ? (
              <PausedPanel window={desk.window} now={now} timeZone={office.timeZone} />
            ) : (
              <CurrentTicket
                ticket={ticket}
                services={office.services}
                now={now}
                timeZone={office.timeZone}
                noShowInSeconds={model.availability.noShowInSeconds}
              />
            )}
            <DeskActionsBar
              enabled={enabled}
              paused={desk.kind === 'paused'}
              onAction={model.act}
              focusRequest={model.focusRequest}
              onFocused={model.clearFocusRequest}
            />
            <div className="desk__messages">
              <div role="alert" className="desk-error">
                {model.error}
              </div>
              <p className="desk__note">
                {model.online ? t('clerk.desk.shortcuts') : t('clerk.desk.offline')}
              </p>
            </div>
            <ProcedureSlot
              ticket={desk.kind === 'serving' ? desk.ticket : null}
              services={office.services}
              {...(panels ? { panels } : {})}
              onFinish={model.finishWith}
              onResult={model.rememberResult}
              finishEnabled={enabled.has('finish')}
            />
          </main>
          <aside className="desk__side" aria-labelledby="served-heading">
            <ServedList entries={model.served} office={office} />
          </aside>
        </div>
      </div>
      <DeskDialogs model={model} state={state} office={office} rules={rules} />
    </>
  );
}
