import type { ExpedienteLookupView } from '@cac/shared/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useExpedienteLookupApi } from './expediente-lookup-context';
import { KEY_DIGITS, enteredNumber, offeredYears } from './lookup-entry';
import type { LookupEntry } from './lookup-entry';

/** Where the citizen following an expediente is. */
export type LookupStep =
  | { kind: 'number' }
  | { kind: 'key' }
  | { kind: 'searching' }
  | { kind: 'found'; expediente: ExpedienteLookupView }
  | { kind: 'not-found' }
  | { kind: 'rate-limited' }
  | { kind: 'failed' };

/** What {@link useExpedienteLookup} gives the screens. */
export type ExpedienteLookup = {
  step: LookupStep;
  entry: LookupEntry;
  /** The years offered as buttons (this one first). */
  years: readonly number[];
  setDigits: (digits: string) => void;
  setYear: (year: number) => void;
  setKey: (key: string) => void;
  /** Step 1 done: on to the key (only once the digits name an expediente). */
  toKey: () => void;
  /** Back to the number, keeping what was typed (from the key, or to correct it). */
  toNumber: () => void;
  /** Ask the hub (only with a whole key); again after a failure. */
  search: () => void;
};

/**
 * One citizen's lookup: the number (digits and year), then the key, then the hub's answer. What
 * was typed survives going back and a "not found", so correcting one digit is one touch; it is
 * forgotten with the screen. An answer that arrives after the citizen left is dropped.
 */
export function useExpedienteLookup(currentYear: number): ExpedienteLookup {
  const api = useExpedienteLookupApi();
  const [step, setStep] = useState<LookupStep>({ kind: 'number' });
  const [entry, setEntry] = useState<LookupEntry>({ digits: '', year: currentYear, key: '' });
  const years = offeredYears(currentYear);
  // A second touch on "Consultar" before React re-rendered the disabled button asks nothing more.
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  const setDigits = useCallback((digits: string) => setEntry((e) => ({ ...e, digits })), []);
  const setYear = useCallback((year: number) => setEntry((e) => ({ ...e, year })), []);
  const setKey = useCallback((key: string) => setEntry((e) => ({ ...e, key })), []);

  const toKey = useCallback(() => {
    if (enteredNumber(entry)) setStep({ kind: 'key' });
  }, [entry]);

  const toNumber = useCallback(() => {
    pending.current?.abort();
    pending.current = null;
    setStep({ kind: 'number' });
  }, []);

  const search = useCallback(() => {
    const number = enteredNumber(entry);
    if (!number || entry.key.length !== KEY_DIGITS || pending.current) return;
    const controller = new AbortController();
    pending.current = controller;
    setStep({ kind: 'searching' });
    void api.find(number, entry.key, controller.signal).then((outcome) => {
      if (controller.signal.aborted) return;
      pending.current = null;
      setStep(outcome.kind === 'found' ? outcome : { kind: outcome.kind });
    });
  }, [api, entry]);

  return { step, entry, years, setDigits, setYear, setKey, toKey, toNumber, search };
}
