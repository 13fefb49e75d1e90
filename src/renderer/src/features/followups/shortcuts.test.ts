import { describe, expect, it } from 'vitest';
import { commandFor } from './shortcuts';

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
});
