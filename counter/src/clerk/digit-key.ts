/**
 * The option index (0-based) a digit key picks in a dialog's list, or null: 1…9 only, and not
 * while the clerk types in a text field, where a digit is text.
 */
export function digitChoice(event: KeyboardEvent, options: number): number | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const target = event.target;
  if (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox')
  ) {
    return null;
  }
  if (!/^[1-9]$/.test(event.key)) return null;
  const index = Number(event.key) - 1;
  return index < options ? index : null;
}
