import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeyCaps } from './KeyCaps';

describe('KeyCaps', () => {
  it('shows a command’s first key as key caps', () => {
    expect(renderToStaticMarkup(<KeyCaps command="add-lead" />)).toBe('<kbd>Ctrl</kbd>+<kbd>N</kbd>');
    expect(renderToStaticMarkup(<KeyCaps command="shortcuts" />)).toBe('<kbd>?</kbd>');
  });
});
