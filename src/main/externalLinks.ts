/**
 * The only links that may leave the app: https pages and mailto addresses, opened by the
 * OS (never inside an app window). No credentials in URLs, no javascript:, file:, http:.
 */
export function isVettedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  if (parsed.protocol !== 'https:') return false;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

/** Opens `url` with the OS handler if vetted; otherwise throws and opens nothing. */
export async function openVettedExternal(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<void> {
  if (!isVettedExternalUrl(url)) {
    throw new Error('Only https: and mailto: links can be opened outside Fieldline.');
  }
  await openExternal(new URL(url).href);
}
