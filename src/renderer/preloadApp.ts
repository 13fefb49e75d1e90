import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The page's entry (src/main.tsx) starts the store and then imports the app (`./app/boot`): let
 * the browser fetch the app's chunks and styles with the entry, not after it has run. Build
 * only: adds a modulepreload link for each chunk the entry imports dynamically and the chunks
 * they import, and their CSS.
 */
export function preloadApp(): Plugin {
  return {
    name: 'fieldline-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk) return html;
        const base = './';
        const files = new Set<string>([chunk.fileName, ...chunk.imports]); // already in the page
        const preload: string[] = [];
        const css = new Set<string>();
        const visit = (file: string) => {
          const out = bundle[file];
          if (!out || out.type !== 'chunk' || files.has(file)) return;
          files.add(file);
          preload.push(file);
          out.viteMetadata?.importedCss.forEach((sheet) => css.add(sheet));
          out.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        const tags: HtmlTagDescriptor[] = [
          ...preload.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((sheet) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${sheet}` },
            injectTo: 'head' as const,
          })),
        ];
        return { html, tags };
      },
    },
  };
}
