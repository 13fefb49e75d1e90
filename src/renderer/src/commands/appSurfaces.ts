import { APP_COMMANDS, type AppCommand, type AppContext } from './app';
import { formatChord, type KeyPress } from './keys';
import { availableCommands, commandForKey, labelOf } from './registry';

/*
 * What each surface reads from the app-wide table (app.ts): the `?` overlay, the command
 * palette, the global key listener and the key hints on buttons.
 */

/** The shortcuts overlay, in reading order. */
const OVERLAY = [
  'add-lead',
  'palette',
  'shortcuts',
  'search-board',
  'move-focus',
  'open-card',
  'drag-card',
  'deal-close',
  'undo-move',
  'log-activity',
];

const byId = (id: string): AppCommand => {
  const command = APP_COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`No command ${id}`);
  return command;
};

/** A command's keys as the overlay reads them (`Ctrl/Cmd + N`, `Enter (on a card)`). */
function overlayKeys(command: AppCommand): string {
  const keys = command.keysText ?? (command.keys ?? []).map((k) => formatChord(k, 'long')).join(' / ');
  return command.where ? `${keys} (${command.where})` : keys;
}

/** The overlay lists every shortcut whatever is open: its labels name no deal. */
const NO_CONTEXT: AppContext = { view: 'board', deal: null, typing: false, overlay: null };

/** The rows of the `?` overlay: every keyboard shortcut on one screen. */
export function shortcutRows(): { keys: string; what: string }[] {
  return OVERLAY.map(byId).map((c) => ({ keys: overlayKeys(c), what: c.help ?? labelOf(c, NO_CONTEXT) }));
}

export interface PaletteEntry {
  id: string;
  label: string;
  /** The command's first key (`Ctrl N`, `Esc`). */
  shortcut?: string;
  run(): void;
}

/** What the palette offers, in order. `ctx` is the page behind the palette, which closes before running. */
export function paletteCommands(ctx: AppContext): PaletteEntry[] {
  return availableCommands(
    APP_COMMANDS.filter((c) => c.palette !== false),
    ctx,
  ).map((c) => ({
    id: c.id,
    label: labelOf(c, ctx),
    shortcut: c.keys?.[0] && formatChord(c.keys[0], 'short'),
    run: () => c.run?.(ctx),
  }));
}

/** The app-wide command a key press plays (keys handled where they apply are left to them). */
export function appCommandForKey(press: KeyPress, ctx: AppContext): AppCommand | null {
  return commandForKey(
    APP_COMMANDS.filter((c) => !c.local),
    press,
    ctx,
  );
}

/** A command's first key for a tooltip (`Ctrl+K`) or a key cap (`Ctrl K`). */
export function appShortcut(id: string, style: 'title' | 'short'): string {
  const chord = byId(id).keys?.[0];
  return chord ? formatChord(chord, style) : '';
}
