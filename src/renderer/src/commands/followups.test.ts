import { describe, expect, it } from 'vitest';
import {
  FOLLOWUPS_COMMANDS,
  followUpsCommandFor,
  followUpsHelp,
  keyShortcutsOf,
  rowKeyShortcuts,
  type RowKind,
} from './followups';
import { press } from './testing/press';

/** The command id a plain key press plays, with this kind of row focused (or none). */
const commandFor = (key: string, row: RowKind | null, onRow: boolean) =>
  followUpsCommandFor(press(key), { row, onRow })?.id ?? null;

describe('Follow-ups keyboard', () => {
  it.each([
    ['ArrowDown', 'agenda', true, 'next'],
    ['j', null, false, 'next'],
    ['k', 'stale', true, 'previous'],
    ['Home', 'agenda', true, 'first'],
    ['End', 'stale', false, 'last'],
    ['d', 'agenda', true, 'complete'],
    ['s', 'agenda', false, 'snooze'],
    ['r', 'agenda', true, 'reschedule'],
    ['Enter', 'agenda', true, 'open'],
    ['Enter', 'stale', true, 'open'],
    ['n', 'stale', true, 'schedule'],
    ['p', 'stale', true, 'pause'],
    ['n', 'agenda', true, 'new'],
    ['n', null, false, 'new'],
  ] as const)('%s on %s row (row focused: %s) → %s', (key, row, onRow, command) => {
    expect(commandFor(key, row, onRow)).toBe(command);
  });

  it.each([
    ['Enter', 'agenda', false],
    ['Enter', null, false],
    ['d', 'stale', true],
    ['s', null, false],
    ['p', 'agenda', true],
    ['Home', null, false],
    ['x', 'agenda', true],
  ] as const)('%s on %s row (row focused: %s) does nothing', (key, row, onRow) => {
    expect(commandFor(key, row, onRow)).toBeNull();
  });

  it('ignores keys played with Ctrl, Cmd or Alt', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'])
      expect(followUpsCommandFor(press('d', { [mod]: true }), { row: 'agenda', onRow: true })).toBeNull();
  });

  it('runs each command on the view’s matching action', () => {
    const calls: string[] = [];
    const record = (name: string) => () => calls.push(name);
    const actions = {
      move: (how: string) => calls.push(`move ${how}`),
      newFollowUp: record('new'),
      complete: record('complete'),
      snooze: record('snooze'),
      reschedule: record('reschedule'),
      scheduleNext: record('schedule'),
      pause: record('pause'),
      openDeal: record('open'),
    };
    for (const c of FOLLOWUPS_COMMANDS) c.run?.(actions);
    expect(calls).toEqual([
      'move previous',
      'move next',
      'move first',
      'move last',
      'complete',
      'snooze',
      'reschedule',
      'schedule',
      'pause',
      'open',
      'new',
    ]);
  });

  it('writes the help line from the same table, as it always read', () => {
    expect(followUpsHelp()).toBe(
      'Keys: ↑ ↓ or j k move between rows, Home End first and last · on a follow-up: d done, s snooze, r reschedule, Enter open deal · on a stale deal: n schedule next step, p pause, Enter open deal · n new follow-up',
    );
  });

  it('gives each row, and the New follow-up button, its keys for assistive tech', () => {
    expect(rowKeyShortcuts('agenda')).toBe('d s r Enter');
    expect(rowKeyShortcuts('stale')).toBe('n p Enter');
    expect(keyShortcutsOf('new')).toBe('n');
  });
});
