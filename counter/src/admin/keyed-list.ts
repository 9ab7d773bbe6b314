// The lists an administrator edits in place (outcomes, procedures, UIT rows, announcements) hold
// their items under a key made when the form opens, since the visible fields change as they type.

/** An item of a list being edited: a stable key while it is edited. */
export type Keyed = { key: string };

/** The list with the item of `key` changed by `patch`. */
export function patchItem<T extends Keyed>(
  items: readonly T[],
  key: string,
  patch: Partial<T>,
): T[] {
  return items.map((item) => (item.key === key ? { ...item, ...patch } : item));
}

/** The list without the item of `key`. */
export function removeItem<T extends Keyed>(items: readonly T[], key: string): T[] {
  return items.filter((item) => item.key !== key);
}
