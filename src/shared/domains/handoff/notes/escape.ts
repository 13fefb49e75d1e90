/**
 * Escaping for the handoff formats. Everything a rep (or a customer's e-mail pasted by a
 * rep) typed is hostile until escaped.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** HTML-escaped text with line breaks kept as `<br>`. */
export function htmlMultiline(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeHtml).join('<br>');
}

/**
 * Inline Markdown specials that can start emphasis, code, links/images, tables,
 * strikethrough or math-free extensions. `<`, `>` and `&` become HTML entities instead, so
 * no raw HTML (tags, comments, autolinks) and no entity trick (`&lt;script&gt;`) survives.
 */
const MD_INLINE = /[\\`*_[\]|~<>&]/g;
const MD_INLINE_REPLACEMENT: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Block syntax at the start of a line: headings (#), block quotes (already &gt;),
 * bullets (- + *), setext underlines (= -), ordered lists (`1.` `1)`).
 */
const MD_LINE_START = /^([#+=-]|\d+(?=[.)]))/;

/**
 * One line of user text as literal Markdown text (leading indentation dropped). Block
 * syntax is escaped only when the text begins a line (`startsLine`); mid-line it is inert.
 */
export function escapeMarkdownLine(line: string, startsLine = true): string {
  const inline = line.replace(/^\s+/, '').replace(MD_INLINE, (c) => MD_INLINE_REPLACEMENT[c] ?? `\\${c}`);
  if (!startsLine) return inline;
  return inline.replace(MD_LINE_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/**
 * Multi-line user text as literal Markdown: each line escaped, lines joined with a hard
 * break (two trailing spaces) and indented by `indent` so they stay inside a list item.
 * Blank lines are dropped: they would end the list item and let the next line start a block.
 * The first line is treated as mid-line unless `startsLine` says it begins a line.
 */
export function escapeMarkdown(text: string, indent = '', startsLine = false): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => escapeMarkdownLine(line, startsLine || i > 0))
    .join(`  \n${indent}`);
}
