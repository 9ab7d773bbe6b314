import { describeExpedienteState, expedienteStateName } from '@cac/shared/i18n';
import type { ExpedienteLookupView } from '@cac/shared/protocol';
import { useHubState, useLanguage, useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { Fragment, useId, useLayoutEffect, useRef } from 'react';
import { ListenButton } from '../listen-button';
import { useSpeakOnShow, useVoice } from '../speech/voice';
import { BackIcon } from '../ui-icons';
import { screenDay, screenMoment } from './lookup-dates';
import { lookupResultSpeech } from './lookup-speech';

/** Props of {@link LookupResultScreen}. */
export type LookupResultScreenProps = {
  expediente: ExpedienteLookupView;
  onHome: () => void;
};

/**
 * `text` broken only between its words: a browser also breaks after a hyphen, which would split
 * `000123-2026-MPC` across two lines.
 */
function KeepWordsWhole({ text }: { text: string }): ReactNode {
  return text.split(' ').map((word, index) => (
    <Fragment key={index}>
      {index > 0 && ' '}
      <span className="kiosk-lookup-result__word">{word}</span>
    </Fragment>
  ));
}

/** The tone of each state's card: whether the citizen has something to do, or it ended badly. */
function toneOf({ status, resolution }: ExpedienteLookupView): 'act' | 'good' | 'bad' | 'wait' {
  if (status === 'observado') return 'act';
  if (status === 'no-presentado' || resolution === 'denegado') return 'bad';
  if (resolution !== null) return 'good';
  return 'wait';
}

/**
 * The expediente found: its title as printed on the cargo, the procedure, the current state very
 * large in words with what it means for the citizen, then every state it went through with its
 * date in the office's time. Read aloud on "Escuchar" (at once for a citizen who asked to
 * listen on an earlier screen). The kiosk's idle time or "Volver al inicio" ends it.
 */
export function LookupResultScreen({ expediente, onHome }: LookupResultScreenProps): ReactNode {
  const t = useT();
  const language = useLanguage();
  const { office } = useHubState();
  const timeZone = office?.timeZone ?? 'America/Lima';
  const { askedForVoice } = useVoice();
  const speech = lookupResultSpeech(t, language, expediente);
  useSpeakOnShow(speech, askedForVoice);
  const stateLabelId = useId();
  const historyId = useId();
  const state = describeExpedienteState(expediente, language, (day) => screenDay(day, language));
  // Oldest first, whatever order the hub sent: the list reads as the story of the filing. A
  // history longer than the screen starts scrolled to its end, where the latest steps are; the
  // cut-off step at the top shows there is more above.
  const history = [...expediente.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, []);
  return (
    <main className="kiosk-lookup-result">
      <div className="kiosk-lookup__topbar">
        <button type="button" className="kiosk-back" onClick={onHome}>
          <BackIcon />
          <span>{t('kiosk.lookup.home')}</span>
        </button>
        <ListenButton text={speech} />
      </div>
      <div className="kiosk-lookup-result__intro">
        <h1 className="kiosk-lookup-result__title">
          <KeepWordsWhole text={expediente.documentTitle} />
        </h1>
        <p className="kiosk-lookup-result__procedure">
          <span>{t('kiosk.lookup.result.procedure')}:</span> {expediente.procedure}
        </p>
      </div>
      <section
        className={`kiosk-lookup-state kiosk-lookup-state--${toneOf(expediente)}`}
        aria-labelledby={stateLabelId}
      >
        <h2 id={stateLabelId} className="kiosk-lookup-state__label">
          {t('kiosk.lookup.result.state')}
        </h2>
        <p className="kiosk-lookup-state__name" data-testid="expediente-state">
          {state.name}
        </p>
        {state.resolution !== null && (
          <p className="kiosk-lookup-state__resolution">
            {t('kiosk.lookup.result.resolution', { resolution: state.resolution })}
          </p>
        )}
        <p className="kiosk-lookup-state__meaning">{state.meaning}</p>
        {state.due !== null && <p className="kiosk-lookup-state__due">{state.due}</p>}
      </section>
      <section className="kiosk-lookup-history" aria-labelledby={historyId}>
        <h2 id={historyId} className="kiosk-lookup-history__heading">
          {t('kiosk.lookup.result.history')}
        </h2>
        {/* A long history scrolls; the list takes the focus so that it also scrolls without a
            finger (axe: scrollable-region-focusable, WCAG 2.1.1). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <ol className="kiosk-lookup-history__list" tabIndex={0} ref={list}>
          {history.map((step, index) => (
            <li key={`${step.at}-${index}`} className="kiosk-lookup-history__step">
              <span className="kiosk-lookup-history__state">
                {expedienteStateName(step.status, language)}
              </span>{' '}
              <time className="kiosk-lookup-history__at" dateTime={step.at}>
                {screenMoment(step.at, timeZone, language)}
              </time>
              {step.note && <span className="kiosk-lookup-history__note">{step.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
