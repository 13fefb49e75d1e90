import type { Plugin } from 'vite';

/** The UI page's Content-Security-Policy: nothing remote, no eval, no inline script. */
export const UI_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Put the CSP into the built index.html as a <meta>. Only at build time: the dev server's
 * React refresh preamble is an inline script a strict policy would block. (In Electron the
 * app:// protocol also sends the policy as a header.)
 */
export function cspMeta(): Plugin {
  return {
    name: 'fieldline-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return html;
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${UI_CSP}" />`,
        );
      },
    },
  };
}
