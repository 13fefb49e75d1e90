import { describe, expect, it } from 'vitest';
import { press as key } from './testing/press';
import { availableCommands, commandForKey, labelOf, matchesQuery, type Command } from './registry';

describe('matchesQuery', () => {
  it('matches every word in any order, ignoring case', () => {
    expect(matchesQuery('Show stale deals only', 'STALE show')).toBe(true);
    expect(matchesQuery('Show stale deals only', 'stale won')).toBe(false);
    expect(matchesQuery('Anything', '   ')).toBe(true);
  });
});

interface Ctx {
  open: string | null;
}
const run = () => undefined;
const TABLE: Command<Ctx>[] = [
  { id: 'rename', label: (c) => `Rename ${c.open}`, keys: ['F2'], when: (c) => c.open !== null, run },
  { id: 'help', label: 'Help', keys: ['?', 'F1'], run },
  { id: 'documented', label: 'Handled elsewhere', keys: ['Escape'] },
  { id: 'fallback', label: 'Rename nothing', keys: ['F2'], run },
];

describe('command registry', () => {
  it('finds the first command a key plays whose `when` holds', () => {
    expect(commandForKey(TABLE, key('F2'), { open: 'Acme' })?.id).toBe('rename');
    expect(commandForKey(TABLE, key('F2'), { open: null })?.id).toBe('fallback');
    expect(commandForKey(TABLE, key('F1'), { open: null })?.id).toBe('help');
  });

  it('leaves keys that only document a command, and unknown keys, alone', () => {
    expect(commandForKey(TABLE, key('Escape'), { open: 'Acme' })).toBeNull();
    expect(commandForKey(TABLE, key('x'), { open: 'Acme' })).toBeNull();
  });

  it('lists the runnable commands for a context, in table order, with labels read from it', () => {
    const open = availableCommands(TABLE, { open: 'Acme' });
    expect(open.map((c) => labelOf(c, { open: 'Acme' }))).toEqual(['Rename Acme', 'Help', 'Rename nothing']);
    expect(availableCommands(TABLE, { open: null }).map((c) => c.id)).toEqual(['help', 'fallback']);
  });
});
