import { useEffect, useRef } from 'react';

/** True when a key typed now belongs to a text field (or a list that searches as one types). */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/**
 * Single-letter shortcuts for the whole page: `handlers` maps an upper-case letter to what it does.
 * A key counts only without Ctrl, Alt or Meta (those belong to the browser and the OS), not as an
 * auto-repeat (holding L must not call twice), and not while the clerk types in a field. Nothing
 * happens while `active` is false (a dialog is open: it has its own keys).
 */
export function useShortcuts(
  handlers: Readonly<Partial<Record<string, () => void>>>,
  active: boolean,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!active) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key.length !== 1 || typingInto(event.target)) return;
      const handler = latest.current[event.key.toUpperCase()];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
