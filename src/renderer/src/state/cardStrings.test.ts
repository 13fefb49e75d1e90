import { describe, expect, it } from 'vitest';
import { card } from '../features/board/testing/cards';
import { packCards } from '../../../shared/domains/board/packedCards';
import { BoardStream } from './boardStream';
import { CardStrings } from './cardStrings';

describe('CardStrings', () => {
  it('holds one copy of each text, however many cards carry it', () => {
    const strings = new CardStrings();
    const cards = Array.from({ length: 1_000 }, (_, i) =>
      card({ id: `d${i}`, stageId: `s${i % 3}`, companyName: `Co ${i % 10}`, currency: 'EUR' }),
    );
    cards.forEach((c) => strings.compact(c));
    // 3 stages, 10 companies, 'open', 'event', 'EUR'
    expect(strings.size).toBe(3 + 10 + 3);
  });

  it('leaves every card’s values as they were (the board sees no change)', () => {
    const strings = new CardStrings();
    const before = card({ id: 'x', stageId: 's9', currency: undefined, status: 'won', source: 'trial' });
    const copy = { ...before };
    expect(strings.compact(before)).toEqual(copy);
    expect('currency' in before && before.currency !== undefined).toBe(false);
  });

  it('a board stream keeps its cards’ values through pages and refreshes', () => {
    const stream = new BoardStream();
    const a = card({ id: 'a', stageId: 's1', companyName: 'Acme' });
    stream.addPage(packCards([a]), stream.stamp());
    stream.applyCards(['b'], [card({ id: 'b', stageId: 's1', companyName: 'Acme' })], stream.stamp());
    expect(stream.list().map((c) => [c.id, c.stageId, c.companyName])).toEqual([
      ['a', 's1', 'Acme'],
      ['b', 's1', 'Acme'],
    ]);
  });
});
