/**
 * The names of the things `ids` point at, as a list for a table cell ("Licencias, Tributos"); an
 * id whose thing is gone (removed meanwhile) shows as itself rather than vanishing.
 */
export function namesOf(
  ids: readonly string[] | undefined,
  things: readonly { id: string; name: string }[],
): string {
  return (ids ?? []).map((id) => things.find((thing) => thing.id === id)?.name ?? id).join(', ');
}
