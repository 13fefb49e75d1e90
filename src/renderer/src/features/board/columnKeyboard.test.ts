import { describe, expect, it } from 'vitest';
import { nextColumnX } from './columnKeyboard';

const columns = [0, 230, 460, 690].map((left) => ({ left, width: 220 }));

describe('nextColumnX', () => {
  it('centres the card in the next or previous column', () => {
    const card = { left: 10, width: 200 };
    expect(nextColumnX(columns, card, 1)).toBe(240);
    const moved = { left: 240, width: 200 };
    expect(nextColumnX(columns, moved, 1)).toBe(470);
    expect(nextColumnX(columns, moved, -1)).toBe(10);
  });

  it('stays put at either end', () => {
    expect(nextColumnX(columns, { left: 10, width: 200 }, -1)).toBeNull();
    expect(nextColumnX(columns, { left: 700, width: 200 }, 1)).toBeNull();
  });

  it('works whatever order the columns are measured in', () => {
    expect(nextColumnX([...columns].reverse(), { left: 10, width: 200 }, 1)).toBe(240);
  });
});
