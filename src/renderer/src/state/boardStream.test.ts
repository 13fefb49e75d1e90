import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../shared/rpc/views';
import { BoardStream } from './boardStream';
import { card as boardCard } from '../features/board/testing/cards';
import {
  PackBuilder,
  packCards,
  type PackedCards,
  type TextPool,
} from '../../../shared/domains/board/packedCards';

const card = (id: string, stageId = 's1'): BoardCard => boardCard({ id, title: id, stageId });
const ids = (s: BoardStream) => s.list().map((c) => `${c.id}:${c.stageId}`);

/** Pages of `pages`' cards packed as a held board's are: their texts numbered in one pool. */
function numberedPages(...pages: BoardCard[][]): PackedCards[] {
  const pool: TextPool = new Map();
  return pages.map((cards) => {
    const builder = new PackBuilder(pool);
    builder.addRun(packCards(cards), 0, cards.length);
    return builder.done();
  });
}

describe('BoardStream', () => {
  it('builds the cards of pages whose texts are numbered across the board, whatever order they land in', () => {
    const first = [card('a', 's1'), { ...card('b', 's2'), companyName: 'Acme' }];
    const second = [{ ...card('c', 's2'), companyName: 'Acme' }, card('d', 's3')];
    const [one, two] = numberedPages(first, second);
    expect(two!.textIds).toBeDefined();
    const s = new BoardStream();
    s.addPage(two!, s.stamp());
    s.addPage(one!, s.stamp());
    expect(s.list()).toEqual([...second, ...first]);
  });

  it('holds each card once, in arrival order, however pages overlap', () => {
    const s = new BoardStream();
    s.addPage(packCards([card('a'), card('b')]), s.stamp());
    s.addPage(packCards([card('b', 's2'), card('c')]), s.stamp());
    expect(ids(s)).toEqual(['a:s1', 'b:s2', 'c:s1']);
    expect(s.size).toBe(3);
  });

  it('keeps a change that landed after a page was sent over that page’s older copy', () => {
    const s = new BoardStream();
    const pageStamp = s.stamp(); // page 2 sent…
    s.changed(['x']); // …then x moved; its refresh is sent after the notice
    const refreshStamp = s.stamp();
    s.applyCards(['x'], [card('x', 's2')], refreshStamp);
    s.addPage(packCards([card('x', 's1'), card('y')]), pageStamp); // the page lands last, with x as it was
    expect(ids(s)).toEqual(['x:s2', 'y:s1']);
  });

  it('does not bring back a card that left the board because an older page still had it', () => {
    const s = new BoardStream();
    const pageStamp = s.stamp();
    s.changed(['x']);
    s.applyCards(['x'], [], s.stamp()); // x was lost: no card
    s.addPage(packCards([card('x')]), pageStamp);
    expect(ids(s)).toEqual([]);
  });

  it('takes a page sent after the change as current', () => {
    const s = new BoardStream();
    s.changed(['x']);
    s.addPage(packCards([card('x', 's3')]), s.stamp());
    expect(ids(s)).toEqual(['x:s3']);
  });

  it('ignores a refresh that a newer change overtook, and applies the newer one', () => {
    const s = new BoardStream();
    s.addPage(packCards([card('x')]), s.stamp());
    s.changed(['x']);
    const older = s.stamp();
    s.changed(['x']);
    const newer = s.stamp();
    s.applyCards(['x'], [card('x', 'new')], newer);
    s.applyCards(['x'], [card('x', 'old')], older); // answered last, read first
    expect(ids(s)).toEqual(['x:new']);
  });

  it('replaces a refreshed card in place, adds new ones at the end, leaves the rest as they were', () => {
    const s = new BoardStream();
    s.addPage(packCards([card('a'), card('b'), card('c')]), s.stamp());
    const a = s.list()[0];
    s.changed(['b', 'd', 'c']);
    s.applyCards(['b', 'd', 'c'], [card('d'), card('b', 's2')], s.stamp());
    expect(ids(s)).toEqual(['a:s1', 'b:s2', 'd:s1']);
    expect(s.list()[0]).toBe(a);
  });
});
