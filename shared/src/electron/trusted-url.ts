/**
 * True when `url` may be shown in a shell's window: http(s), the same origin as the hub (scheme,
 * host and port), and no user name or password (`http://hub@evil/` and `http://user@hub/` are
 * refused). Anything unparsable is refused.
 */
export function isTrustedUrl(url: string, origin: string): boolean {
  let target: URL;
  let allowed: URL;
  try {
    target = new URL(url);
    allowed = new URL(origin);
  } catch {
    return false;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  if (target.username !== '' || target.password !== '') return false;
  return target.origin === allowed.origin;
}
