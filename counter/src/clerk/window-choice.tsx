import type { CounterClientEvents } from '@cac/shared/protocol';
import { describeError, useHub, useHubState, useLanguage } from '@cac/shared/react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useCounterT } from '../counter-text';
import { ClerkHeader } from './clerk-header';
import { ACTION_KEYS } from './desk-actions';
import { useShortcuts } from './use-shortcuts';

/** Props of {@link WindowChoice}. */
export type WindowChoiceProps = {
  userId: string;
  userName: string;
  onSignOut: () => void;
};

/**
 * The first screen of a clerk without a window: which window, and which of its services today
 * (all of them unless the clerk unticks some). Radios and checkboxes, so arrows, Space and Enter
 * are all it takes; windows another clerk holds are shown, with who, but cannot be chosen.
 */
export function WindowChoice({ userId, userName, onSignOut }: WindowChoiceProps): ReactNode {
  const { office, state, status } = useHubState();
  const hub = useHub<CounterClientEvents>();
  const t = useCounterT();
  const language = useLanguage();
  const windows = office?.windows ?? [];
  const holderOf = (windowId: string): string | null => {
    const live = state?.windows[windowId];
    return live && live.status !== 'closed' && live.clerkId !== userId ? live.clerkId : null;
  };
  const firstFree = windows.find((window) => holderOf(window.id) === null);
  const [windowId, setWindowId] = useState<string | null>(firstFree?.id ?? null);
  const chosen = windows.find((window) => window.id === windowId) ?? null;
  const [serviceIds, setServiceIds] = useState<readonly string[]>(chosen?.serviceIds ?? []);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const checkedRef = useRef<HTMLInputElement>(null);
  const online = status === 'online';

  useShortcuts({ [ACTION_KEYS.logout]: onSignOut }, true);

  useEffect(() => {
    // The clerk arrives to choose: start on the chosen window, ready for the arrow keys.
    checkedRef.current?.focus();
  }, []);

  function chooseWindow(id: string): void {
    setWindowId(id);
    setServiceIds(windows.find((window) => window.id === id)?.serviceIds ?? []);
    setError(null);
  }

  function toggleService(serviceId: string): void {
    setServiceIds((current) =>
      current.includes(serviceId)
        ? current.filter((id) => id !== serviceId)
        : [...current, serviceId],
    );
  }

  async function open(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!chosen || sending) return;
    if (serviceIds.length === 0) {
      setError(t('clerk.choice.noService'));
      return;
    }
    setSending(true);
    setError(null);
    const result = await hub.command('window:open', {
      windowId: chosen.id,
      serviceIds: chosen.serviceIds.filter((id) => serviceIds.includes(id)),
    });
    setSending(false);
    if (!result.ok) setError(describeError(result.error, t, language));
  }

  function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
    // Enter on a radio or a checkbox does not submit a form in every browser; here it does.
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }

  const services = office?.services ?? [];
  return (
    <div className="clerk clerk--choice">
      <ClerkHeader title={t('clerk.choice.heading')} userName={userName} onSignOut={onSignOut} />
      <main className="choice">
        {/* The keydown only adds Enter-to-submit to controls that already are a form's. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <form
          className="choice__form"
          aria-labelledby="choice-intro"
          onSubmit={(event) => void open(event)}
          onKeyDown={submitOnEnter}
        >
          <p id="choice-intro" className="choice__intro">
            {t('clerk.choice.intro')}
          </p>
          <div className="choice__columns">
            <fieldset className="choice__group">
              <legend>{t('clerk.choice.window')}</legend>
              {windows.length > 0 && !firstFree && (
                <p className="choice__note">{t('clerk.choice.noWindow')}</p>
              )}
              {windows.map((window) => {
                const holder = holderOf(window.id);
                const holderName = holder
                  ? (office?.staff.find((person) => person.id === holder)?.name ?? holder)
                  : null;
                return (
                  <label
                    key={window.id}
                    className="choice__option"
                    data-taken={holder ? 'true' : undefined}
                  >
                    <input
                      ref={window.id === windowId ? checkedRef : undefined}
                      type="radio"
                      name="window"
                      value={window.id}
                      checked={window.id === windowId}
                      disabled={holder !== null}
                      onChange={() => chooseWindow(window.id)}
                    />
                    <span className="choice__option-text">
                      {window.name}
                      <span className="choice__option-detail">
                        {holderName
                          ? t('clerk.choice.takenBy', { name: holderName })
                          : t('clerk.choice.free')}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
            <fieldset className="choice__group">
              <legend>{t('clerk.choice.services')}</legend>
              {chosen?.serviceIds.map((serviceId) => {
                const service = services.find((candidate) => candidate.id === serviceId);
                const waiting = state?.serviceStats[serviceId]?.waiting ?? 0;
                return (
                  <label key={serviceId} className="choice__option">
                    <input
                      type="checkbox"
                      name="service"
                      value={serviceId}
                      checked={serviceIds.includes(serviceId)}
                      onChange={() => toggleService(serviceId)}
                    />
                    <span
                      className="service-prefix"
                      style={{ backgroundColor: service?.colour }}
                      aria-hidden="true"
                    >
                      {service?.prefix}
                    </span>
                    <span className="choice__option-text">
                      {service?.name ?? serviceId}
                      <span className="choice__option-detail">
                        {t('clerk.choice.waiting', { count: waiting })}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          </div>
          <div className="choice__footer">
            <p className="choice__keys">{t('clerk.choice.keys')}</p>
            <div role="alert" className="desk-error">
              {error}
            </div>
            <button
              type="submit"
              className="button button--primary shortcut-button"
              aria-keyshortcuts="Enter"
              disabled={!chosen || !online || sending}
            >
              <span className="shortcut-button__label">{t('clerk.choice.submit')}</span>
              <kbd className="key" aria-hidden="true">
                Enter
              </kbd>
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
