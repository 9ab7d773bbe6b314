import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useSpeakOnShow, useVoice } from '../speech/voice';
import { ForwardIcon } from '../ui-icons';
import { SEQUENCE_DIGITS, enteredNumber, paddedSequence } from './lookup-entry';
import type { LookupEntry } from './lookup-entry';
import { LookupTopbar } from './lookup-topbar';
import { NumericKeypad } from './numeric-keypad';

/** Props of {@link LookupNumberScreen}. */
export type LookupNumberScreenProps = {
  entry: LookupEntry;
  years: readonly number[];
  onDigits: (digits: string) => void;
  onYear: (year: number) => void;
  onNext: () => void;
  onBack: () => void;
};

/**
 * Step 1: the expediente number, typed on the keypad and shown as the cargo prints it
 * (`Expediente N° 000123-2026`), with the year as buttons (this one chosen already).
 */
export function LookupNumberScreen({
  entry,
  years,
  onDigits,
  onYear,
  onNext,
  onBack,
}: LookupNumberScreenProps): ReactNode {
  const t = useT();
  const { askedForVoice } = useVoice();
  const speech = t('kiosk.voice.lookupNumber');
  useSpeakOnShow(speech, askedForVoice);
  const valueId = useId();
  const labelId = useId();
  const yearLabelId = useId();
  const { padding, typed } = paddedSequence(entry.digits);
  return (
    <main className="kiosk-lookup">
      <LookupTopbar onBack={onBack} speech={speech} />
      <div className="kiosk-lookup__intro">
        <p className="kiosk-lookup__step">{t('kiosk.lookup.number.step')}</p>
        <h1 className="kiosk-lookup__heading">{t('kiosk.lookup.heading')}</h1>
        <p className="kiosk-lookup__hint">{t('kiosk.lookup.number.hint')}</p>
      </div>
      <div className="kiosk-lookup__fields">
        <p id={labelId} className="kiosk-lookup__label">
          {t('kiosk.lookup.number.label')}
        </p>
        <output
          id={valueId}
          className="kiosk-lookup__value"
          aria-labelledby={labelId}
          aria-live="polite"
        >
          <span className="kiosk-lookup__prefix">{t('kiosk.lookup.number.prefix')}</span>{' '}
          <span className="kiosk-lookup__digits">
            <span className="kiosk-lookup__pending">{padding}</span>
            {typed}-{entry.year}
          </span>
        </output>
        <p id={yearLabelId} className="kiosk-lookup__label">
          {t('kiosk.lookup.year')}
        </p>
        <div className="kiosk-lookup__years" role="group" aria-labelledby={yearLabelId}>
          {years.map((year) => (
            <button
              key={year}
              type="button"
              className="kiosk-lookup__year"
              aria-pressed={year === entry.year}
              aria-controls={valueId}
              onClick={() => onYear(year)}
            >
              {year}
            </button>
          ))}
        </div>
      </div>
      <NumericKeypad
        value={entry.digits}
        maxLength={SEQUENCE_DIGITS}
        onChange={onDigits}
        controls={valueId}
      />
      <div className="kiosk-lookup__actions">
        <button
          type="button"
          className="kiosk-big-button kiosk-lookup__go"
          disabled={enteredNumber(entry) === null}
          onClick={onNext}
        >
          <span>{t('kiosk.lookup.next')}</span>
          <ForwardIcon />
        </button>
      </div>
    </main>
  );
}
