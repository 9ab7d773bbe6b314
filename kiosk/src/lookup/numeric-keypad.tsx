import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useEffect, useEffectEvent } from 'react';
import { DeleteIcon } from '../ui-icons';

/** Props of {@link NumericKeypad}. */
export type NumericKeypadProps = {
  /** The digits typed so far. */
  value: string;
  /** No digit is accepted beyond this many (the digit keys wait meanwhile). */
  maxLength: number;
  onChange: (value: string) => void;
  /** Every key waits (e.g. while the lookup is under way). */
  disabled?: boolean;
  /** The id of the element that shows what is typed. */
  controls?: string;
};

/** Telephone order, which more citizens know than a calculator's (7 8 9 on top). */
const ROWS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * Digits on screen for a touch kiosk that has no keyboard: big keys 0–9, "Borrar" (the last
 * digit) and "Borrar todo". Digits typed on a real keyboard (a kiosk in a browser, a person who
 * uses one) work too, so that nobody has to reach for the screen.
 */
export function NumericKeypad({
  value,
  maxLength,
  onChange,
  disabled = false,
  controls,
}: NumericKeypadProps): ReactNode {
  const t = useT();
  const full = value.length >= maxLength;
  const type = (digit: string): void => {
    if (!disabled && !full) onChange(value + digit);
  };
  const erase = (): void => {
    if (!disabled && value !== '') onChange(value.slice(0, -1));
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[0-9]$/.test(event.key)) type(event.key);
    else if (event.key === 'Backspace') erase();
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const digitKey = (digit: string): ReactNode => (
    <button
      key={digit}
      type="button"
      className="keypad__key keypad__key--digit"
      disabled={disabled || full}
      aria-controls={controls}
      onClick={() => type(digit)}
    >
      {digit}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label={t('kiosk.lookup.keypad')}>
      {ROWS.map(digitKey)}
      <button
        type="button"
        className="keypad__key keypad__key--clear"
        disabled={disabled || value === ''}
        aria-controls={controls}
        onClick={() => onChange('')}
      >
        {t('kiosk.lookup.clear')}
      </button>
      {digitKey('0')}
      <button
        type="button"
        className="keypad__key keypad__key--delete"
        disabled={disabled || value === ''}
        aria-controls={controls}
        onClick={erase}
      >
        <DeleteIcon />
        <span>{t('kiosk.lookup.delete')}</span>
      </button>
    </div>
  );
}
