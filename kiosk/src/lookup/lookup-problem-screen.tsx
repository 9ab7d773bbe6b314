import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { ListenButton } from '../listen-button';
import { messageSpeech } from '../speech/spoken-text';
import { useSpeakOnShow, useVoice } from '../speech/voice';
import { DocumentSearchIcon } from '../ui-icons';
import { groupedKey, printedNumber } from './lookup-entry';
import type { LookupEntry } from './lookup-entry';

/** Why the lookup showed no expediente. */
export type LookupProblem = 'not-found' | 'rate-limited' | 'failed';

/** Props of {@link LookupProblemScreen}. */
export type LookupProblemScreenProps = {
  problem: LookupProblem;
  entry: LookupEntry;
  onFixNumber: () => void;
  onFixKey: () => void;
  onRetry: () => void;
  onHome: () => void;
};

const TEXT = {
  'not-found': { heading: 'kiosk.lookup.notFound.heading', body: 'kiosk.lookup.notFound.body' },
  'rate-limited': {
    heading: 'kiosk.lookup.rateLimited.heading',
    body: 'kiosk.lookup.rateLimited.body',
  },
  failed: { heading: 'kiosk.lookup.failed.heading', body: 'kiosk.lookup.failed.body' },
} as const;

/**
 * The lookup found nothing, or could not ask. "Not found" shows what was typed and leads back to
 * the number or the key with every digit kept, since one wrong digit is the usual cause; a hub
 * that failed offers to try again; too many attempts only asks to wait (trying again at once
 * would be refused again).
 */
export function LookupProblemScreen({
  problem,
  entry,
  onFixNumber,
  onFixKey,
  onRetry,
  onHome,
}: LookupProblemScreenProps): ReactNode {
  const t = useT();
  const { askedForVoice } = useVoice();
  const heading = t(TEXT[problem].heading);
  const body = t(TEXT[problem].body);
  const speech = messageSpeech(heading, body);
  useSpeakOnShow(speech, askedForVoice);
  return (
    <main className="kiosk-message kiosk-lookup-problem">
      <span className="kiosk-lookup-problem__icon">
        <DocumentSearchIcon />
      </span>
      <h1>{heading}</h1>
      <p role="alert">{body}</p>
      {problem === 'not-found' && (
        <p className="kiosk-lookup-problem__typed">
          {t('kiosk.lookup.notFound.typed', {
            number: printedNumber(t('kiosk.lookup.number.prefix'), entry.digits, entry.year),
            key: groupedKey(entry.key),
          })}
        </p>
      )}
      <div className="kiosk-lookup-problem__actions">
        {/* What fixes it first (on a row of its own in portrait), then the way out and the voice. */}
        {problem !== 'rate-limited' && (
          <div className="kiosk-message__actions">
            {problem === 'not-found' ? (
              <>
                <button type="button" className="kiosk-big-button" onClick={onFixNumber}>
                  {t('kiosk.lookup.fixNumber')}
                </button>
                <button type="button" className="kiosk-big-button" onClick={onFixKey}>
                  {t('kiosk.lookup.fixKey')}
                </button>
              </>
            ) : (
              <button type="button" className="kiosk-big-button" onClick={onRetry}>
                {t('kiosk.lookup.retry')}
              </button>
            )}
          </div>
        )}
        <div className="kiosk-message__actions kiosk-lookup-problem__others">
          <button type="button" className="kiosk-lookup__home" onClick={onHome}>
            {t('kiosk.lookup.home')}
          </button>
          <ListenButton text={speech} />
        </div>
      </div>
    </main>
  );
}
