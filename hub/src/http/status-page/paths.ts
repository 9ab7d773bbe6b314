/** The addresses of one ticket's page and its live feeds; the key travels in the query. */
function withKey(path: string, key: string): string {
  return `${path}?k=${encodeURIComponent(key)}`;
}

/** The ticket's page (what the QR code opens). */
export function statusPath(ticketId: string, key: string): string {
  return withKey(`/estado/${encodeURIComponent(ticketId)}`, key);
}

/** Server-Sent Events of the page's changes. */
export function eventsPath(ticketId: string, key: string): string {
  return withKey(`/estado/${encodeURIComponent(ticketId)}/eventos`, key);
}

/** The same content as JSON, for polling when EventSource fails. */
export function viewPath(ticketId: string, key: string): string {
  return withKey(`/estado/${encodeURIComponent(ticketId)}/vista`, key);
}

/** Where the page's rating form posts. */
export function ratingPath(ticketId: string, key: string): string {
  return withKey(`/estado/${encodeURIComponent(ticketId)}/calificar`, key);
}
