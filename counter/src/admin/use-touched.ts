import { useCallback, useState } from 'react';
import { useCounterT } from '../counter-text';
import type { AdminMessageKey } from './admin-messages.es';

/** A form's fields as {@link useTouched} sees them. */
export type Touched = {
  show: (name: string) => boolean;
  touch: (name: string) => () => void;
  submitted: () => void;
  reset: () => void;
  /** The field's problem in words, when it may show; else null. */
  message: (name: string, problem: AdminMessageKey | null | undefined) => string | null;
};

/**
 * When a field's problem shows: once the field was left, or once the form was sent. Before that
 * the administrator is still typing and a red line would only interrupt.
 */
export function useTouched(): Touched {
  const t = useCounterT();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  const touch = useCallback(
    (name: string) => () => setTouched((previous) => new Set(previous).add(name)),
    [],
  );
  const show = (name: string): boolean => all || touched.has(name);
  return {
    show,
    touch,
    submitted: () => setAll(true),
    reset: () => {
      setAll(false);
      setTouched(new Set());
    },
    message: (name, problem) => (problem && show(name) ? t(problem) : null),
  };
}
