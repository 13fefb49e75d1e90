/**
 * A drag's start and end, a drop and a search keystroke cost only the cards they change: at
 * 10,000 deals every card drawn that renders again for nothing costs the frame. Counted against
 * the real store and dnd-kit's real keyboard sensor: each card reports every render.
 */
import { act, memo, useEffect, type ComponentProps, type NamedExoticComponent } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropOnStage } from '../../flows/stageChange/moveFlow';
import { useBoardFilters } from '../../state/boardFilters';
import { useNavigation } from '../../state/navigation';
import { renderedWithStore } from '../../testing/storeDom';
import { MoneyProvider } from '../../ui/money';
import { BoardView } from './BoardView';
import { createQuayDeal } from './testing/quayDeals';
import type { DealCard as Card } from './DealCard';
import type { ColumnHeader as Header } from './ColumnHeader';
import { CARD_ROW_HEIGHT } from './VirtualCardList';

/** Deal id → renders (and mounts) of its card since the last reset. */
const renders = vi.hoisted(() => new Map<string, number>());
const mounts = vi.hoisted(() => new Map<string, number>());
/** Stage name → renders of that column since the last reset (its header, unmemoised, renders with it). */
const columnRenders = vi.hoisted(() => new Map<string, number>());

// The real card (its own render function and memo comparison), counting each time it renders.
vi.mock('./DealCard', async (importOriginal) => {
  type Props = ComponentProps<typeof Card>;
  const actual = await importOriginal<{ DealCard: typeof Card }>();
  const real = actual.DealCard as unknown as NamedExoticComponent<Props> & {
    type: (props: Props) => React.ReactNode;
    compare: (a: Props, b: Props) => boolean;
  };
  function Counting(props: Props) {
    const id = props.view.card.id;
    renders.set(id, (renders.get(id) ?? 0) + 1);
    useEffect(() => {
      mounts.set(id, (mounts.get(id) ?? 0) + 1);
    }, [id]);
    return real.type(props);
  }
  return { DealCard: memo(Counting, real.compare) };
});

vi.mock('./ColumnHeader', async (importOriginal) => {
  type Props = ComponentProps<typeof Header>;
  const actual = await importOriginal<{ ColumnHeader: typeof Header }>();
  return {
    ColumnHeader(props: Props) {
      const name = props.stage.name;
      columnRenders.set(name, (columnRenders.get(name) ?? 0) + 1);
      return <actual.ColumnHeader {...props} />;
    },
  };
});

const dom = renderedWithStore();

const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  // jsdom lays nothing out: dnd-kit scrolls a card it cannot see into view when a drag starts,
  // and a column's cards list is given room for ten cards (every card of these tests drawn).
  Element.prototype.scrollIntoView ??= () => undefined;
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('cards-scroll') ? 10 * CARD_ROW_HEIGHT : 0;
    },
  });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

const columnCount = (stageName: string) =>
  dom.host.querySelector(`section.column[aria-label="${stageName}"] [data-testid="column-count"]`)
    ?.textContent;
const cardEl = (id: string) => dom.host.querySelector<HTMLElement>(`[data-deal-id="${id}"]`);
const liveRegion = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
const others = (id: string) => [...renders.entries()].filter(([d, n]) => d !== id && n > 0).map(([d]) => d);

/** Four harbour deals and two fleet deals in the first stage; the board on screen. */
async function boardOnScreen() {
  const create = (title: string) => createQuayDeal(dom.client, title);
  const deals = [];
  for (const title of [
    'Harbour cranes',
    'Harbour lights',
    'Harbour tugs',
    'Harbour nets',
    'Fleet pilot',
    'Fleet fuel',
  ])
    deals.push(await create(title));
  const { pipeline } = await dom.client.call('board.get', {});
  const [lead, nurturing] = [pipeline.stages[0]!, pipeline.stages.find((s) => s.kind === 'nurturing')!];
  act(() =>
    dom.root.render(
      <MoneyProvider>
        <BoardView />
      </MoneyProvider>,
    ),
  );
  await dom.settle(() => columnCount(lead.name) === '6' && dom.host.querySelector('[aria-busy]') === null);
  return { lead, nurturing, deals };
}

/** A key on `el` as the rep presses it (dnd-kit's keyboard sensor reads `code`). */
const press = (el: Element, code: string, key: string) =>
  act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }));
  });
/** The sensor listens for the keys of a drag from the next task on. */
const nextTask = () => act(() => new Promise((r) => setTimeout(r, 20)));

/**
 * Focus the card of `deal` and pick it up (Space), the card renders counted from here on: it is
 * over its own column (`stage`), announced, and marked pressed. Returns the card's element.
 */
async function pickUp(deal: { id: string; title: string }, stage: string) {
  const card = cardEl(deal.id)!;
  card.focus();
  renders.clear();
  await press(card, 'Space', ' ');
  await dom.settle(() => liveRegion() === `${deal.title} is over ${stage}.`);
  expect(card.getAttribute('aria-pressed')).toBe('true');
  return card;
}

/** Columns side by side, 200 px apart; a card (and the drag's preview) in the first. Restore the spy after. */
function columnsSideBySide() {
  const columns = [...dom.host.querySelectorAll('section.column')];
  return vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const column = columns.indexOf(this as Element);
    const left = column >= 0 ? column * 200 : 5;
    const width = column >= 0 ? 180 : 170;
    return {
      left,
      width,
      top: 0,
      height: 100,
      right: left + width,
      bottom: 100,
      x: left,
      y: 0,
      toJSON() {},
    } as DOMRect;
  });
}

/** The picked-up `card` carried right (arrow keys) until it is over the column `stage`. */
async function carryTo(card: HTMLElement, title: string, stage: string) {
  const columns = [...dom.host.querySelectorAll('section.column')];
  const target = columns.findIndex((c) => c.getAttribute('aria-label') === stage);
  for (let i = 0; i < target; i++) {
    await nextTask();
    await press(card, 'ArrowRight', 'ArrowRight');
  }
  await dom.settle(() => liveRegion() === `${title} is over ${stage}.`);
}

const columnEl = (stage: string) => dom.host.querySelector(`section.column[aria-label="${stage}"]`);

describe('what a drag, a drop and a keystroke render', () => {
  beforeEach(() => {
    useBoardFilters.getState().clearFilters();
    renders.clear();
    mounts.clear();
    columnRenders.clear();
  });

  it('picking a card up and putting it down (Space, Space) renders no card', async () => {
    const { lead, deals } = await boardOnScreen();
    const picked = deals[1]!;
    const card = await pickUp(picked, lead.name);
    // Picked up through dnd-kit (over its own column): pressed, previewed, announced — and not one card rendered for it.
    expect(dom.host.querySelector('.drag-preview')?.textContent).toBe(picked.title);
    await nextTask();
    expect([...renders.values()].reduce((a, b) => a + b, 0)).toBe(0);
    await press(document.activeElement ?? card, 'Space', ' ');
    await dom.settle(() => liveRegion() === `${picked.title} stays in ${lead.name}.`);
    expect(dom.host.querySelector('.drag-preview')).toBeNull();
    await nextTask();
    expect(cardEl(picked.id)?.hasAttribute('aria-pressed')).toBe(false);
    expect(others(picked.id)).toEqual([]);
  });

  it('a cancelled keyboard drag (Space, Escape) renders no card and leaves it where it was', async () => {
    const { lead, deals } = await boardOnScreen();
    const picked = deals[2]!;
    const card = await pickUp(picked, lead.name);
    await nextTask();
    await press(document.activeElement ?? card, 'Escape', 'Escape');
    await dom.settle(() => liveRegion() === `Moving ${picked.title} was cancelled.`);
    expect(
      dom.host.querySelector(`section.column[aria-label="${lead.name}"] [data-deal-id="${picked.id}"]`),
    ).toBe(card);
    expect([...renders.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('a drop on another stage renders the moved card alone (mounted in its new column)', async () => {
    const { lead, nurturing, deals } = await boardOnScreen();
    const moved = deals[3]!;
    renders.clear();
    mounts.clear();
    await act(() => dropOnStage(moved.id, moved.title, nurturing.id, nurturing.kind));
    await dom.settle(() => columnCount(nurturing.name) === '1' && columnCount(lead.name) === '5');
    expect(
      dom.host.querySelector(`section.column[aria-label="${nurturing.name}"] [data-deal-id="${moved.id}"]`),
    ).not.toBeNull();
    expect(others(moved.id)).toEqual([]);
    expect(mounts.get(moved.id)).toBe(1);
  });

  it('a keyboard drop on another stage blurs the card before its column loses it, and focuses it where it is drawn after the frame', async () => {
    const { lead, nurturing, deals } = await boardOnScreen();
    const picked = deals[0]!;
    const rect = columnsSideBySide();
    const frames: FrameRequestCallback[] = [];
    try {
      const card = await pickUp(picked, lead.name);
      await carryTo(card, picked.title, nurturing.name);
      let blurredWhileShown: boolean | null = null;
      card.addEventListener('blur', () => (blurredWhileShown ??= card.isConnected));
      // The drop's frame callbacks held back: the card is given focus only after that frame.
      vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
      await press(card, 'Space', ' ');
      await dom.settle(() => columnCount(nurturing.name) === '1');
      expect(blurredWhileShown).toBe(true);
      expect(card.isConnected).toBe(false);
      const moved = dom.host.querySelector<HTMLElement>(
        `section.column[aria-label="${nurturing.name}"] [data-deal-id="${picked.id}"]`,
      )!;
      act(() => frames.splice(0).forEach((run) => run(performance.now())));
      expect(document.activeElement).toBe(document.body);
      await dom.settle(() => document.activeElement === moved);
    } finally {
      rect.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('a keyboard drag renders no column while it moves (the one it is over marked), and its drop only the two columns', async () => {
    const { lead, nurturing, deals } = await boardOnScreen();
    const picked = deals[5]!;
    const rect = columnsSideBySide();
    try {
      columnRenders.clear();
      const card = await pickUp(picked, lead.name);
      expect(columnEl(lead.name)?.hasAttribute('data-drop-over')).toBe(true);
      await carryTo(card, picked.title, nurturing.name);
      expect(columnEl(nurturing.name)?.hasAttribute('data-drop-over')).toBe(true);
      expect(columnEl(lead.name)?.hasAttribute('data-drop-over')).toBe(false);
      // dnd-kit rendered every drop target at the start and at each move: no column.
      expect([...columnRenders.keys()]).toEqual([]);
      await press(card, 'Space', ' ');
      await dom.settle(() => columnCount(nurturing.name) === '1' && columnCount(lead.name) === '5');
      expect(dom.host.querySelector('[data-drop-over]')).toBeNull();
      expect([...columnRenders.keys()].sort()).toEqual([lead.name, nurturing.name].sort());
    } finally {
      rect.mockRestore();
    }
  });

  it('a search keystroke keeps the cards it still shows (same elements, not rendered or mounted again)', async () => {
    const { deals } = await boardOnScreen();
    const harbour = deals.filter((d) => d.title.startsWith('Harbour'));
    const before = new Map(harbour.map((d) => [d.id, cardEl(d.id)]));
    renders.clear();
    mounts.clear();
    const search = dom.host.querySelector<HTMLInputElement>('input[data-board-search]')!;
    act(() => dom.type(search, 'harbour'));
    await dom.settle(() => dom.host.querySelectorAll('[data-deal-id]').length === harbour.length);
    for (const d of harbour) expect(cardEl(d.id)).toBe(before.get(d.id));
    expect([...renders.keys()]).toEqual([]);
    expect([...mounts.keys()]).toEqual([]);
    // Back to all: the two fleet cards come back, the harbour ones stay as they are.
    act(() => dom.type(search, ''));
    await dom.settle(() => dom.host.querySelectorAll('[data-deal-id]').length === deals.length);
    for (const d of harbour) expect(cardEl(d.id)).toBe(before.get(d.id));
    expect([...mounts.keys()].sort()).toEqual(
      deals
        .filter((d) => !harbour.includes(d))
        .map((d) => d.id)
        .sort(),
    );
  });

  it('a keystroke that replaces the cards a column shows draws the new ones in the rows of those that left', async () => {
    await boardOnScreen();
    const search = dom.host.querySelector<HTMLInputElement>('input[data-board-search]')!;
    const rows = () => [...dom.host.querySelectorAll('li.card-slot')];
    act(() => dom.type(search, 'harbour'));
    await dom.settle(() => rows().length === 4);
    const before = rows();
    act(() => dom.type(search, 'fleet'));
    await dom.settle(
      () => dom.host.querySelector('[data-deal-id]')?.textContent?.startsWith('Fleet') === true,
    );
    // The two fleet cards are drawn in two of the four harbour cards' rows: no row removed and made anew.
    expect(rows()).toHaveLength(2);
    for (const row of rows()) expect(before).toContain(row);
  });

  it('a click and Enter on a card open it', async () => {
    const { deals } = await boardOnScreen();
    const opened = () => useNavigation.getState().dealId;
    try {
      await dom.click(cardEl(deals[0]!.id));
      expect(opened()).toBe(deals[0]!.id);
      await press(cardEl(deals[4]!.id)!, 'Enter', 'Enter');
      expect(opened()).toBe(deals[4]!.id);
    } finally {
      act(() => useNavigation.getState().openDeal(null));
    }
  });

  it('a click the browser sends to the list (the card under a held button changed) opens the card pressed, if released in place', async () => {
    const { deals } = await boardOnScreen();
    const opened = () => useNavigation.getState().dealId;
    const list = cardEl(deals[0]!.id)!.closest('ul')!;
    // What the browser does when the card under the pointer became another element while the
    // button was down: the press on one card, the click on the list holding both.
    const pressThenClick = (card: HTMLElement, click: MouseEventInit) =>
      act(async () => {
        card.dispatchEvent(
          new MouseEvent('mousedown', { bubbles: true, clientX: 50, clientY: 40, button: 0 }),
        );
        list.dispatchEvent(new MouseEvent('click', { bubbles: true, ...click }));
      });
    try {
      await pressThenClick(cardEl(deals[1]!.id)!, { clientX: 52, clientY: 43, detail: 1 });
      expect(opened()).toBe(deals[1]!.id);
      act(() => useNavigation.getState().openDeal(null));
      // Released 6 px or more away: not a click on what was pressed (a drag could have begun).
      await pressThenClick(cardEl(deals[1]!.id)!, { clientX: 56, clientY: 40, detail: 1 });
      expect(opened()).toBeNull();
      // A click from the keyboard has no press: the card it lands on (here none).
      await pressThenClick(cardEl(deals[2]!.id)!, { clientX: 50, clientY: 40, detail: 0 });
      expect(opened()).toBeNull();
    } finally {
      act(() => useNavigation.getState().openDeal(null));
    }
  });
});
