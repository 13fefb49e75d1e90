import { memo, useMemo, useRef, useState } from 'react';
import type { CardView } from './cardView';
import { useFixedRows } from './useFixedRows';
import { DealCard } from './DealCard';
import { useFocusHighlighted } from './useFocusHighlighted';
import { rowSlots } from './rowSlots';

interface Props {
  views: readonly CardView[];
  stageName: string;
  stageKind: string;
  /** The start-up snapshot's list: only the cards a window-tall list shows (`useFixedRows`). */
  picture?: boolean;
}

/** Every card slot's height in px (board.css `.card-slot` holds its card to it). */
export const CARD_ROW_HEIGHT = 112;

/**
 * A column's cards, virtualized: only the cards in view (plus a few) are in the DOM. Rows have
 * one fixed height, so scrolling or a change of count costs the rows in view, not the column's
 * length. Rendered again only when its cards change (not when its column re-renders for a drag over it).
 */
export const VirtualCardList = memo(function VirtualCardList({
  views,
  stageName,
  stageKind,
  picture = false,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end, totalSize, scrollToIndex } = useFixedRows(scrollRef, views.length, CARD_ROW_HEIGHT, {
    picture,
  });
  useFocusHighlighted(scrollRef, views, scrollToIndex);
  const drawn = useMemo(() => views.slice(start, end), [views, start, end]);
  const slots = useRowSlots(drawn);
  return (
    <div ref={scrollRef} className="cards-scroll">
      <ul className="cards" aria-label={`Deals in ${stageName}`} style={{ height: totalSize }}>
        {drawn.map((view, i) => {
          const index = start + i;
          return (
            <li
              key={slots.get(view.card.id)}
              data-index={index}
              className="card-slot"
              style={{ transform: `translateY(${index * CARD_ROW_HEIGHT}px)` }}
            >
              <DealCard view={view} stageKind={stageKind} />
            </li>
          );
        })}
      </ul>
    </div>
  );
});

/**
 * The slot (React key) of each card drawn (`rowSlots`): a card still drawn keeps its element, a
 * card new to the window reuses the element of one that left. The focused card's slot is held.
 */
function useRowSlots(drawn: readonly CardView[]): ReadonlyMap<string, number> {
  const [last, setLast] = useState(() => ({ drawn, slots: slotsFor(new Map(), drawn) }));
  if (last.drawn === drawn) return last.slots;
  // Derived from the slots drawn before (React's "state from the previous render" pattern).
  const next = { drawn, slots: slotsFor(last.slots, drawn) };
  setLast(next);
  return next.slots;
}

function slotsFor(last: ReadonlyMap<string, number>, drawn: readonly CardView[]): Map<string, number> {
  const focused = document.activeElement;
  const held = focused instanceof HTMLElement ? (focused.dataset.dealId ?? null) : null;
  return rowSlots(
    last,
    drawn.map((view) => view.card.id),
    held,
  );
}
