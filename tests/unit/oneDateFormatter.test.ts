/**
 * "Two places format the same date differently" cannot come back: dates shown to the rep go
 * through ui/dates.ts (`formatWhen` / `formatDue`, the OS locale). Only machine formats (file
 * names, CSV cells, input values) use fixed patterns, in the files listed here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '../../src/renderer/src');
const MACHINE_FORMATS = new Set([
  'ui/dates.ts',
  'ui/timeText.ts',
  'ui/fileNames.ts',
  'features/data/exportCsv.ts',
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('one date formatter in the renderer', () => {
  it('no view formats a date its own way', () => {
    const offenders = sources(ROOT)
      .map(
        (file) => [path.relative(ROOT, file).split(path.sep).join('/'), readFileSync(file, 'utf8')] as const,
      )
      .filter(([rel]) => !MACHINE_FORMATS.has(rel))
      .filter(([, text]) =>
        /toLocale(Date|Time)String|dateStyle|timeStyle|new Intl\.DateTimeFormat|formatTime\(|import\s*\{[^}]*\bformat\b[^}]*\}\s*from 'date-fns'/.test(
          text,
        ),
      )
      .map(([rel]) => rel);
    expect(offenders).toEqual([]);
  });
});
