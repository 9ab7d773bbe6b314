/**
 * The window a rating pad stands at, from `?pad=<windowId>`, or null for the ordinary waiting-room
 * display. Read once at start (like the other settings), before the device key leaves the address.
 */
export function padWindowOf(search: string): string | null {
  const value = new URLSearchParams(search).get('pad')?.trim() ?? '';
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
}
