/**
 * Keys as the command registry writes them: a chord is `Mod+K`, `Shift+Tab`, `?`, `j` or a
 * key name (`ArrowDown`, `Enter`, `Escape`, `Space`). `Mod` is Ctrl, or Cmd on a Mac.
 */

/** The parts of a key event a chord is matched against (a DOM or React keyboard event). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

/** Key names whose `KeyboardEvent.key` differs from the name. */
const EVENT_KEYS: Record<string, string> = { Space: ' ' };

function parse(chord: string): Chord {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key };
}

/**
 * Does this key press play the chord? Ctrl/Cmd and Alt must be exactly as written. Shift is
 * needed when written and otherwise free (`?` is typed with Shift; Shift+↓ still moves). A chord
 * with Ctrl/Cmd or Alt ignores letter case (Ctrl+Shift+N is Ctrl+N); a plain letter does not
 * (`d` is not `D`).
 */
export function matchesChord(chord: string, press: KeyPress): boolean {
  const c = parse(chord);
  if ((press.ctrlKey || press.metaKey) !== c.mod || press.altKey !== c.alt) return false;
  if (c.shift && !press.shiftKey) return false;
  const key = EVENT_KEYS[c.key] ?? c.key;
  return c.mod || c.alt ? press.key.toLowerCase() === key.toLowerCase() : press.key === key;
}

const GLYPHS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/**
 * How a chord reads: `long` in help text (`Ctrl/Cmd + N`, `Shift + Tab`, `↓`), `short` beside a
 * palette entry (`Ctrl N`, `Esc`), `title` in a tooltip (`Ctrl+K`), `aria` for
 * `aria-keyshortcuts` (`Control+K`, `ArrowDown`).
 */
export type KeyStyle = 'long' | 'short' | 'title' | 'aria';

const NAMES: Record<KeyStyle, Record<string, string>> = {
  long: { Mod: 'Ctrl/Cmd', ...GLYPHS },
  short: { Mod: 'Ctrl', Escape: 'Esc', ...GLYPHS },
  title: { Mod: 'Ctrl', ...GLYPHS },
  aria: { Mod: 'Control' },
};
const JOINERS: Record<KeyStyle, string> = { long: ' + ', short: ' ', title: '+', aria: '+' };

export function formatChord(chord: string, style: KeyStyle): string {
  return chord
    .split('+')
    .map((part) => NAMES[style][part] ?? part)
    .join(JOINERS[style]);
}

/** The value of `aria-keyshortcuts` for these chords. */
export function ariaKeyShortcuts(chords: readonly string[]): string {
  return chords.map((c) => formatChord(c, 'aria')).join(' ');
}

/** True when typing in a field: plain-letter shortcuts stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}
