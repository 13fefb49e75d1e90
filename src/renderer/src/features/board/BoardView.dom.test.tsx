/**
 * A keystroke in the board's search and a drop re-render only the columns whose cards changed:
 * at 10,000 deals a column that re-renders for nothing costs a frame. Counted against the real
 * store: each column's card list reports every render.
 */
import { act, type ComponentProps } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dropOnStage } from '../../flows/stageChange/moveFlow';
import { useBoardFilters } from '../../state/boardFilters';
import { renderedWithStore } from '../../testing/storeDom';
import { MoneyProvider } from '../../ui/money';
import { BoardView } from './BoardView';
import { createQuayDeal } from './testing/quayDeals';
import type { VirtualCardList as List } from './VirtualCardList';

/** Stage name → renders of that column's card list since the last reset. */
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('./VirtualCardList', async (importOriginal) => {
  const actual = await importOriginal<{ VirtualCardList: typeof List }>();
  return {
    VirtualCardList(props: ComponentProps<typeof List>) {
      renders.set(props.stageName, (renders.get(props.stageName) ?? 0) + 1);
      return <actual.VirtualCardList {...props} />;
    },
  };
});

const dom = renderedWithStore();

const columnCount = (stageName: string) =>
  dom.host.querySelector(`section.column[aria-label="${stageName}"] [data-testid="column-count"]`)
    ?.textContent;

/** Three deals: two harbour deals in the first stage, a fleet deal in nurturing; the board on screen. */
async function boardOnScreen() {
  const create = (title: string) => createQuayDeal(dom.client, title);
  const cranes = await create('Harbour cranes');
  const lights = await create('Harbour lights');
  const fleet = await create('Fleet pilot');
  const { pipeline } = await dom.client.call('board.get', {});
  const [lead, nurturing] = [pipeline.stages[0]!, pipeline.stages.find((s) => s.kind === 'nurturing')!];
  await dom.client.call('deals.transition', {
    dealId: fleet.id,
    request: { kind: 'move', toStageId: nurturing.id },
  });
  act(() =>
    dom.root.render(
      <MoneyProvider>
        <BoardView />
      </MoneyProvider>,
    ),
  );
  await dom.settle(() => columnCount(lead.name) === '2' && columnCount(nurturing.name) === '1');
  const others = pipeline.stages.filter((s) => s !== lead && s !== nurturing).map((s) => s.name);
  return { lead, nurturing, others, cranes, lights };
}

const rendersOf = (names: readonly string[]) => names.map((n) => renders.get(n) ?? 0);

describe('the board re-renders only what changed', () => {
  beforeEach(() => {
    useBoardFilters.getState().clearFilters();
    renders.clear();
  });

  it('a search keystroke re-renders the columns whose cards it changed, and no other', async () => {
    const { lead, nurturing, others } = await boardOnScreen();
    renders.clear();
    const search = dom.host.querySelector<HTMLInputElement>('input[data-board-search]')!;
    act(() => dom.type(search, 'harbour'));
    expect(columnCount(nurturing.name)).toBe('0');
    expect(columnCount(lead.name)).toBe('2');
    expect(renders.get(nurturing.name)).toBe(1);
    // Both harbour deals still shown: the first column is the same as before.
    expect(renders.get(lead.name) ?? 0).toBe(0);
    expect(rendersOf(others)).toEqual(others.map(() => 0));
    // The columns name the search they show.
    expect(dom.host.querySelector('[data-board-query]')?.getAttribute('data-board-query')).toBe('harbour');
  });

  it('a drop re-renders the column it left and the one it landed in, and no other', async () => {
    const { lead, nurturing, others, lights } = await boardOnScreen();
    renders.clear();
    await act(() => dropOnStage(lights.id, lights.title, nurturing.id, nurturing.kind));
    await dom.settle(() => columnCount(nurturing.name) === '2');
    expect(columnCount(lead.name)).toBe('1');
    expect(renders.get(lead.name)).toBeGreaterThan(0);
    expect(renders.get(nurturing.name)).toBeGreaterThan(0);
    expect(rendersOf(others)).toEqual(others.map(() => 0));
  });

  it('a drop shows the card in its new column in the render of the drop, before the store answers, and re-renders only those two columns', async () => {
    const { lead, nurturing, others, lights } = await boardOnScreen();
    renders.clear();
    let saving: Promise<void> = Promise.resolve();
    // The drop's own render (act flushes it), the save still in flight.
    act(() => {
      saving = dropOnStage(lights.id, lights.title, nurturing.id, nurturing.kind);
    });
    const inColumn = (stage: string) =>
      dom.host.querySelector(`section.column[aria-label="${stage}"] [data-deal-id="${lights.id}"]`);
    expect(inColumn(nurturing.name)).not.toBeNull();
    expect(inColumn(lead.name)).toBeNull();
    expect([columnCount(lead.name), columnCount(nurturing.name)]).toEqual(['1', '2']);
    expect(renders.get(lead.name)).toBe(1);
    expect(renders.get(nurturing.name)).toBe(1);
    expect(rendersOf(others)).toEqual(others.map(() => 0));
    // Saved: the store's card takes the moved one's place; still no other column renders.
    await act(() => saving);
    await dom.settle(() => inColumn(nurturing.name) !== null && columnCount(nurturing.name) === '2');
    expect(rendersOf(others)).toEqual(others.map(() => 0));
  });
});
