import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The page's first path — its entry and the app's boot module, and every module they import
 * statically — builds no zod schema: zod's schemas and its first parse held the start-up
 * snapshot's paint back by ~100 ms (docs/ARCHITECTURE.md, "The first paint without zod"). The
 * model's values come from `model/values`, the contract and the store client's message schemas
 * are imported dynamically, after the paint. A static import of zod (or of a module that imports
 * it) anywhere on that path fails here, with the chain of imports that reaches it.
 */
const renderer = path.resolve(__dirname, '../../../src/renderer/src');
const ENTRIES = [path.join(renderer, 'main.tsx'), path.join(renderer, 'app/boot.tsx')];

/** The module specifiers a file imports or re-exports as values (type-only imports are erased). */
function valueImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null; // a stylesheet or another asset: no imports of its own
}

/** Each chain of static value imports from `entries` that reaches zod. */
function pathsToZod(entries: readonly string[]): string[][] {
  const seen = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, path.relative(renderer, file)];
    for (const specifier of valueImports(file, readFileSync(file, 'utf8'))) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) found.push(here);
      else if (specifier.startsWith('.')) {
        const next = resolve(file, specifier);
        if (next) visit(next, here);
      }
    }
  };
  for (const entry of entries) visit(entry, []);
  return found;
}

describe('the first paint without zod', () => {
  it('no module the page imports statically before its first paint imports zod', () => {
    expect(pathsToZod(ENTRIES)).toEqual([]);
  });

  it('finds zod behind a chain of imports, and not behind type-only ones', () => {
    // The store contract builds every method's schemas: reached statically, it is found.
    expect(pathsToZod([path.resolve(renderer, '../../shared/rpc/contract.ts')]).length).toBeGreaterThan(0);
    expect(valueImports('a.ts', "import type { A } from 'zod';\nimport { type B } from './b';")).toEqual([]);
    expect(valueImports('a.ts', "import { C, type D } from './c';\nexport * from 'zod';")).toEqual([
      './c',
      'zod',
    ]);
  });
});
