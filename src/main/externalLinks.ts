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

/** Longest `mailto:` URL the template flow may hand to the OS. */
export const MAILTO_URL_MAX = 8192;

/**
 * A `mailto:` URL as the template flow builds it (src/shared/domains/templates/mailto.ts):
 * encoded, so no spaces or control characters; the recipient may be empty (the rep adds it).
 */
export function isVettedMailto(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAILTO_URL_MAX) return false;
  if (!/^mailto:/i.test(url) || /[\s<>"]/.test(url)) return false;
  if ([...url].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return false;
  try {
    return new URL(url).protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Opens an e-mail draft with the OS handler if `url` is a vetted mailto:; otherwise throws. */
export async function openVettedMailto(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<void> {
  if (!isVettedMailto(url)) throw new Error('Only a mailto: link can be opened as an e-mail draft.');
  await openExternal(url);
}
