import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../shared/csp';

/**
 * Put the app's one CSP (src/shared/csp.ts) into the built index.html as a <meta>. Only at build time: the dev server's
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
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}
