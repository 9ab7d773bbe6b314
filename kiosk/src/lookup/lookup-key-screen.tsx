import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useSpeakOnShow, useVoice } from '../speech/voice';
import { DocumentSearchIcon } from '../ui-icons';
import { KEY_DIGITS, groupedKey, missingKeySlots, printedNumber } from './lookup-entry';
import type { LookupEntry } from './lookup-entry';
import { LookupTopbar } from './lookup-topbar';
import { NumericKeypad } from './numeric-keypad';

/** Props of {@link LookupKeyScreen}. */
export type LookupKeyScreenProps = {
  entry: LookupEntry;
  /** The hub is being asked: every key waits. */
  searching: boolean;
  onKey: (key: string) => void;
  onSearch: () => void;
  onBack: () => void;
};

/**
 * Step 2: the access key, 8 digits shown in the cargo's two groups (`4821-0937`) with the slots
 * still to fill, under the number chosen in step 1; then "Consultar".
 */
export function LookupKeyScreen({
  entry,
  searching,
  onKey,
  onSearch,
  onBack,
}: LookupKeyScreenProps): ReactNode {
  const t = useT();
  const { askedForVoice } = useVoice();
  const speech = t('kiosk.voice.lookupKey');
  useSpeakOnShow(speech, askedForVoice);
  const valueId = useId();
  const labelId = useId();
  const number = printedNumber(t('kiosk.lookup.number.prefix'), entry.digits, entry.year);
  return (
    <main className="kiosk-lookup">
      <LookupTopbar onBack={onBack} speech={speech} />
      <div className="kiosk-lookup__intro">
        <p className="kiosk-lookup__step">{t('kiosk.lookup.key.step')}</p>
        <h1 className="kiosk-lookup__heading">{t('kiosk.lookup.heading')}</h1>
        <p className="kiosk-lookup__hint">{t('kiosk.lookup.key.hint')}</p>
      </div>
      <div className="kiosk-lookup__fields">
        <p className="kiosk-lookup__for">{t('kiosk.lookup.key.of', { number })}</p>
        <p id={labelId} className="kiosk-lookup__label">
          {t('kiosk.lookup.key.label')}
        </p>
        <output
          id={valueId}
          className="kiosk-lookup__value"
          aria-labelledby={labelId}
          aria-live="polite"
        >
          <span className="kiosk-lookup__digits">
            {groupedKey(entry.key)}
            <span className="kiosk-lookup__pending" aria-hidden="true">
              {missingKeySlots(entry.key)}
            </span>
          </span>
        </output>
      </div>
      <NumericKeypad
        value={entry.key}
        maxLength={KEY_DIGITS}
        onChange={onKey}
        disabled={searching}
        controls={valueId}
      />
      <div className="kiosk-lookup__actions">
        <button
          type="button"
          className="kiosk-big-button kiosk-lookup__go"
          disabled={searching || entry.key.length !== KEY_DIGITS}
          aria-busy={searching}
          onClick={onSearch}
        >
          <DocumentSearchIcon />
          <span>{t('kiosk.lookup.submit')}</span>
        </button>
        {/* Always there, so screen readers announce the words when they appear. */}
        <p className="kiosk-lookup__searching" role="status">
          {searching ? t('kiosk.lookup.searching') : ''}
        </p>
      </div>
    </main>
  );
}
