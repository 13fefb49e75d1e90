/**
 * The app's one Content-Security-Policy: nothing remote, no eval, no inline script, no
 * plugins, no framing. main's app:// protocol sends it as a header on every HTML page
 * (src/main/protocol.ts); the built UI page carries it as a <meta> too (src/renderer/cspMeta.ts),
 * which is what applies in browser mode.
 */
const POLICY: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives a browser ignores (and warns about) in a <meta> policy: they go in the header only. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors'];

const serialize = (names: string[]) => names.map((name) => `${name} ${POLICY[name]!.join(' ')}`).join('; ');

/** The policy as main's protocol handler sends it (a response header). */
export const CONTENT_SECURITY_POLICY = serialize(Object.keys(POLICY));

/** The same policy for the page's <meta http-equiv="Content-Security-Policy">. */
export const META_CONTENT_SECURITY_POLICY = serialize(
  Object.keys(POLICY).filter((name) => !HEADER_ONLY_DIRECTIVES.includes(name)),
);
