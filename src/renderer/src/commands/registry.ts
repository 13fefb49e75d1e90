import { matchesChord, type KeyPress } from './keys';

/**
 * A UI command, declared once: what it is called, which keys play it, when it applies and
 * what it does. `C` is what `when` (and a label) reads; `T` is what `run` acts on (the same
 * context, unless a view hands its own actions, as Follow-ups does).
 */
export interface Command<C, T = C> {
  /** Stable id, unique within its table. */
  id: string;
  /** What it does, in the words the palette and help show (may name the open deal). */
  label: string | ((ctx: C) => string);
  /** The chords that play it, first one shown (see keys.ts). */
  keys?: readonly string[];
  /** Whether it applies now; absent: always. */
  when?: (ctx: C) => boolean;
  /** Do it; absent on an entry that only documents keys handled elsewhere. */
  run?: (target: T) => void;
}

function applies<C>(command: Command<C, never>, ctx: C): boolean {
  return command.when?.(ctx) ?? true;
}

export function labelOf<C>(command: Command<C, never>, ctx: C): string {
  return typeof command.label === 'function' ? command.label(ctx) : command.label;
}

/** The first runnable command a key press plays in this context (tables are read in order). */
export function commandForKey<C, K extends Command<C, never>>(
  commands: readonly K[],
  press: KeyPress,
  ctx: C,
): K | null {
  return (
    commands.find((c) => c.run && c.keys?.some((chord) => matchesChord(chord, press)) && applies(c, ctx)) ??
    null
  );
}

/** The runnable commands that apply in this context, in table order. */
export function availableCommands<C, K extends Command<C, never>>(commands: readonly K[], ctx: C): K[] {
  return commands.filter((c) => c.run && applies(c, ctx));
}

/** Case-insensitive match of every word of the query. */
export function matchesQuery(label: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = label.toLowerCase();
  return words.every((w) => text.includes(w));
}
