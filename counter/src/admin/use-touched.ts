import { useCallback, useState } from 'react';

/**
 * When a field's problem shows: once the field was left, or once the form was sent. Before that
 * the administrator is still typing and a red line would only interrupt.
 */
export function useTouched(): {
  show: (name: string) => boolean;
  touch: (name: string) => () => void;
  submitted: () => void;
  reset: () => void;
} {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  const touch = useCallback(
    (name: string) => () => setTouched((previous) => new Set(previous).add(name)),
    [],
  );
  return {
    show: (name) => all || touched.has(name),
    touch,
    submitted: () => setAll(true),
    reset: () => {
      setAll(false);
      setTouched(new Set());
    },
  };
}
