/**
 * A column's rows keep their elements and their order in the page: a card that comes into the
 * window must not make React move the rows around it (a moved row is taken out of the page and put
 * back, its style and layout done again in the drop's frame).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { cardViews } from './cardView';
import { card, NOW, pipeline } from './testing/cards';
import { VirtualCardList } from './VirtualCardList';
import { giveCardListsRoom } from './testing/cardListRoom';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

giveCardListsRoom(6);

let host: HTMLElement | null = null;
let root: ReturnType<typeof createRoot> | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const views = cardViews(
  Array.from({ length: 16 }, (_, i) => card({ title: `Deal ${i}` })),
  pipeline,
  NOW,
);
const stage = pipeline.stages[0]!;
const list = (shown: typeof views) => (
  <VirtualCardList views={shown} stageName={stage.name} stageKind={stage.kind} />
);
const rows = () => [...host!.querySelectorAll<HTMLElement>('li.card-slot')];
const titles = () => rows().map((row) => row.querySelector('.card-title')?.textContent);

it('a card dropped into the middle of a column is drawn in a new row; no row is moved', () => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  const column = views.slice(0, 15);
  act(() => root!.render(list(column)));
  const drawn = rows().length;
  expect(drawn).toBeLessThan(column.length); // the last cards are out of the window
  const before = rows();
  const observer = new MutationObserver(() => undefined);
  observer.observe(host.querySelector('ul')!, { childList: true });
  // The dropped card sorts in at the fourth row: the last card drawn leaves the window.
  const dropped = views[15]!;
  act(() => root!.render(list([...column.slice(0, 3), dropped, ...column.slice(3)])));
  // A row React moved was removed and inserted again: removed, yet in the page.
  const removed = observer.takeRecords().flatMap((record) => [...record.removedNodes]);
  observer.disconnect();
  expect(removed.filter((row) => row.isConnected)).toEqual([]);
  expect(removed).toHaveLength(1);
  expect(titles()).toEqual([
    'Deal 0',
    'Deal 1',
    'Deal 2',
    'Deal 15',
    ...column.slice(3, drawn - 1).map((v) => v.card.title),
  ]);
  // The cards still drawn keep their rows; the dropped card's row is new.
  expect(rows().filter((row) => before.includes(row))).toHaveLength(drawn - 1);
  expect(before).not.toContain(rows()[3]);
});
