// A tiny ESLint plugin for the renderer's layers, checked on resolved paths (not on how an
// import is spelled): the renderer never reaches into src/main, and no feature imports
// another feature (shared pieces live in src/renderer/src/ui, app-wide flows in flows/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rel = (absolute) => path.relative(root, absolute).split(path.sep).join('/');
const featureOf = (file) => /^src\/renderer\/src\/features\/([^/]+)\//.exec(file)?.[1] ?? null;

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Renderer layers: no src/main from the renderer, no feature from another feature.' },
    messages: {
      main: 'The renderer never imports src/main ("{{spec}}"); go through the platform object.',
      feature:
        'Feature "{{from}}" imports feature "{{to}}" ("{{spec}}"): move the shared piece to ui/ or flows/.',
    },
    schema: [],
  },
  create(context) {
    const file = rel(context.filename);
    if (!file.startsWith('src/renderer/')) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = rel(path.resolve(path.dirname(context.filename), spec));
      if (target === 'src/main' || target.startsWith('src/main/'))
        context.report({ node, messageId: 'main', data: { spec } });
      const from = featureOf(file);
      const to = featureOf(`${target}/`);
      if (from && to && from !== to) context.report({ node, messageId: 'feature', data: { from, to, spec } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers } };
