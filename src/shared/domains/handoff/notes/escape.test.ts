import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown, escapeMarkdownLine } from './escape';
import { XSS_PAYLOADS } from './testing/xss-corpus';

/** Undo our Markdown escaping the way a CommonMark renderer reads it. */
function readMarkdown(escaped: string): string {
  return escaped
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** True when no Markdown/HTML special appears unescaped. */
function isInert(escaped: string): boolean {
  for (let i = 0; i < escaped.length; i += 1) {
    const c = escaped.charAt(i);
    if (c === '\\') {
      i += 1;
      continue;
    }
    if ('`*_[]|~<>'.includes(c)) return false;
    if (c === '&' && !/^&(amp|lt|gt);/.test(escaped.slice(i))) return false;
  }
  return !/^(#|[-+=]|\d+[.)])/.test(escaped);
}

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves no raw special in any string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) => !/[<>"']/.test(escapeHtml(s)) && !/&(?!(amp|lt|gt|quot|#39);)/.test(escapeHtml(s)),
      ),
    );
  });
});

describe('escapeMarkdownLine', () => {
  it.each(XSS_PAYLOADS.flatMap((p) => p.split('\n')))('makes %j literal and inert', (payload) => {
    const escaped = escapeMarkdownLine(payload);
    expect(isInert(escaped)).toBe(true);
    expect(readMarkdown(escaped)).toBe(payload.trimStart());
  });

  it('escapes block syntax at a line start only', () => {
    expect(escapeMarkdownLine('# Title')).toBe('\\# Title');
    expect(escapeMarkdownLine('- item')).toBe('\\- item');
    expect(escapeMarkdownLine('1. first')).toBe('1\\. first');
    expect(escapeMarkdownLine('+49 40 1234')).toBe('\\+49 40 1234');
    expect(escapeMarkdownLine('+49 40 1234', false)).toBe('+49 40 1234');
    expect(escapeMarkdownLine('    indented code')).toBe('indented code');
  });

  it('reads back as the original text for any single line (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !/[\r\n]/.test(s)),
        (s) => {
          const escaped = escapeMarkdownLine(s);
          return isInert(escaped) && readMarkdown(escaped) === s.replace(/^\s+/, '');
        },
      ),
    );
  });
});

describe('escapeMarkdown', () => {
  it('keeps lines inside a list item with hard breaks and escapes each line start', () => {
    expect(escapeMarkdown('first\n# not a heading\n\n- not a bullet', '  ')).toBe(
      'first  \n  \\# not a heading  \n  \\- not a bullet',
    );
  });
});
