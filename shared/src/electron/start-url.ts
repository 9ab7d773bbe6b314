/**
 * The page a shell opens: `page` (for example `/kiosk/`) on the hub, with `params` as query
 * parameters; an empty value is left out, so the page applies its own default.
 */
export function shellStartUrl(
  hubUrl: string,
  page: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const url = new URL(page, hubUrl);
  for (const [name, value] of Object.entries(params)) {
    if (value !== '') url.searchParams.set(name, value);
  }
  return url.href;
}
