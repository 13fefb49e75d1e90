import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, formatChord, isTyping, matchesChord } from './keys';
import { press } from './testing/press';

describe('matchesChord', () => {
  it('plays Mod chords with Ctrl or Cmd, in either case, with or without Shift', () => {
    expect(matchesChord('Mod+N', press('n', { ctrlKey: true }))).toBe(true);
    expect(matchesChord('Mod+N', press('n', { metaKey: true }))).toBe(true);
    expect(matchesChord('Mod+N', press('N', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesChord('Mod+N', press('n'))).toBe(false);
    expect(matchesChord('Mod+N', press('n', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesChord('Mod+N', press('k', { ctrlKey: true }))).toBe(false);
  });

  it('plays a plain key only without Ctrl, Cmd or Alt, and a letter only in its own case', () => {
    expect(matchesChord('d', press('d'))).toBe(true);
    expect(matchesChord('d', press('D', { shiftKey: true }))).toBe(false);
    expect(matchesChord('d', press('d', { ctrlKey: true }))).toBe(false);
    expect(matchesChord('d', press('d', { metaKey: true }))).toBe(false);
    expect(matchesChord('d', press('d', { altKey: true }))).toBe(false);
    expect(matchesChord('?', press('?', { shiftKey: true }))).toBe(true);
    expect(matchesChord('ArrowDown', press('ArrowDown', { shiftKey: true }))).toBe(true);
    expect(matchesChord('Space', press(' '))).toBe(true);
  });

  it('needs Shift when the chord says so', () => {
    expect(matchesChord('Shift+Tab', press('Tab', { shiftKey: true }))).toBe(true);
    expect(matchesChord('Shift+Tab', press('Tab'))).toBe(false);
  });
});

describe('formatChord', () => {
  it.each([
    ['Mod+N', 'long', 'Ctrl/Cmd + N'],
    ['Mod+N', 'short', 'Ctrl N'],
    ['Mod+K', 'title', 'Ctrl+K'],
    ['Mod+K', 'aria', 'Control+K'],
    ['Shift+Tab', 'long', 'Shift + Tab'],
    ['Escape', 'long', 'Escape'],
    ['Escape', 'short', 'Esc'],
    ['ArrowUp', 'long', '↑'],
    ['ArrowUp', 'aria', 'ArrowUp'],
    ['?', 'short', '?'],
  ] as const)('%s in %s style reads %s', (chord, style, text) => {
    expect(formatChord(chord, style)).toBe(text);
  });

  it('lists chords for aria-keyshortcuts, space-separated', () => {
    expect(ariaKeyShortcuts(['d', 'Enter', 'Mod+K'])).toBe('d Enter Control+K');
  });
});

describe('isTyping', () => {
  it('is true in text fields and editable content only', () => {
    const tag = (tagName: string, isContentEditable = false) =>
      ({ tagName, isContentEditable }) as unknown as EventTarget;
    expect(isTyping(tag('INPUT'))).toBe(true);
    expect(isTyping(tag('TEXTAREA'))).toBe(true);
    expect(isTyping(tag('SELECT'))).toBe(true);
    expect(isTyping(tag('DIV', true))).toBe(true);
    expect(isTyping(tag('BUTTON'))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
