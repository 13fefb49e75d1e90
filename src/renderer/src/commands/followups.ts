import type { RovingMove } from '../features/followups/useRovingRows';
import { ariaKeyShortcuts, formatChord, type KeyPress } from './keys';
import { commandForKey, type Command } from './registry';

/** The kind of Follow-ups row: a follow-up on the agenda, or a stale deal. */
export type RowKind = 'agenda' | 'stale';

/** Where focus is in the Follow-ups view. */
export interface FollowUpsContext {
  /** The kind of row that has focus; null when focus is elsewhere in the view. */
  row: RowKind | null;
  /** The row itself has focus (Enter on one of its buttons presses that button instead). */
  onRow: boolean;
}

/** What the view does for a command, on the focused row. */
export interface FollowUpsActions {
  move(how: RovingMove): void;
  newFollowUp(): void;
  complete(): void;
  snooze(): void;
  reschedule(): void;
  scheduleNext(): void;
  pause(): void;
  openDeal(): void;
}

export interface FollowUpsCommand extends Command<FollowUpsContext, FollowUpsActions> {
  label: string;
  /** The rows it works on; absent: anywhere in the view. */
  on?: readonly RowKind[];
}

const onRows = (...on: RowKind[]) => ({
  on,
  when: ({ row }: FollowUpsContext) => row !== null && on.includes(row),
});

/** The Follow-ups keys, in the order the help line reads them (the first match wins). */
export const FOLLOWUPS_COMMANDS: readonly FollowUpsCommand[] = [
  { id: 'previous', label: 'move between rows', keys: ['ArrowUp', 'k'], run: (a) => a.move('previous') },
  { id: 'next', label: 'move between rows', keys: ['ArrowDown', 'j'], run: (a) => a.move('next') },
  {
    id: 'first',
    label: 'first and last',
    keys: ['Home'],
    when: ({ row }) => row !== null,
    run: (a) => a.move('first'),
  },
  {
    id: 'last',
    label: 'first and last',
    keys: ['End'],
    when: ({ row }) => row !== null,
    run: (a) => a.move('last'),
  },
  { id: 'complete', label: 'done', keys: ['d'], ...onRows('agenda'), run: (a) => a.complete() },
  { id: 'snooze', label: 'snooze', keys: ['s'], ...onRows('agenda'), run: (a) => a.snooze() },
  { id: 'reschedule', label: 'reschedule', keys: ['r'], ...onRows('agenda'), run: (a) => a.reschedule() },
  {
    id: 'schedule',
    label: 'schedule next step',
    keys: ['n'],
    ...onRows('stale'),
    run: (a) => a.scheduleNext(),
  },
  { id: 'pause', label: 'pause', keys: ['p'], ...onRows('stale'), run: (a) => a.pause() },
  {
    id: 'open',
    label: 'open deal',
    keys: ['Enter'],
    on: ['agenda', 'stale'],
    when: ({ row, onRow }) => row !== null && onRow,
    run: (a) => a.openDeal(),
  },
  { id: 'new', label: 'new follow-up', keys: ['n'], run: (a) => a.newFollowUp() },
];

/** The command a key plays in the Follow-ups view, or null. */
export function followUpsCommandFor(press: KeyPress, ctx: FollowUpsContext): FollowUpsCommand | null {
  return commandForKey(FOLLOWUPS_COMMANDS, press, ctx);
}

const ROW_NAMES: Record<RowKind, string> = { agenda: 'a follow-up', stale: 'a stale deal' };

/** Keys of commands read as one item (`↑ ↓ or j k`): alternative by alternative, letters a–z. */
function itemKeys(commands: readonly FollowUpsCommand[]): string {
  const count = Math.max(...commands.map((c) => c.keys?.length ?? 0));
  return Array.from({ length: count }, (_, i) => {
    const keys = commands.flatMap((c) => c.keys?.slice(i, i + 1).map((k) => formatChord(k, 'long')) ?? []);
    return keys.every((k) => /^[a-z]$/.test(k)) ? keys.sort() : keys;
  })
    .map((keys) => keys.join(' '))
    .join(' or ');
}

/** `d done, s snooze`: consecutive commands with one label read as one item. */
function items(commands: readonly FollowUpsCommand[]): string {
  const groups: FollowUpsCommand[][] = [];
  for (const c of commands) {
    const last = groups.at(-1);
    if (last?.[0]?.label === c.label) last.push(c);
    else groups.push([c]);
  }
  return groups.map((g) => `${itemKeys(g)} ${g[0]?.label}`).join(', ');
}

/**
 * The help line under the view's title, from the table: the view-wide keys before the row
 * keys, one part per kind of row, then the view-wide keys after them.
 */
export function followUpsHelp(): string {
  const commands = FOLLOWUPS_COMMANDS;
  const firstRowKey = commands.findIndex((c) => c.on);
  const before = commands.slice(0, firstRowKey).filter((c) => !c.on);
  const after = commands.slice(firstRowKey).filter((c) => !c.on);
  const rows = (Object.keys(ROW_NAMES) as RowKind[]).map(
    (kind) => `on ${ROW_NAMES[kind]}: ${items(commands.filter((c) => c.on?.includes(kind)))}`,
  );
  return `Keys: ${[items(before), ...rows, items(after)].join(' · ')}`;
}

/** `aria-keyshortcuts` of a row: the keys of the commands that work on it. */
export function rowKeyShortcuts(row: RowKind): string {
  return ariaKeyShortcuts(FOLLOWUPS_COMMANDS.filter((c) => c.on?.includes(row)).flatMap((c) => c.keys ?? []));
}

/** `aria-keyshortcuts` of one command (the New follow-up button's `n`). */
export function keyShortcutsOf(id: FollowUpsCommand['id']): string {
  return ariaKeyShortcuts(FOLLOWUPS_COMMANDS.find((c) => c.id === id)?.keys ?? []);
}
