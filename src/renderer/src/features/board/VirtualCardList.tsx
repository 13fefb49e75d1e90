import { memo, useEffect, useRef } from 'react';
import { useBoardFilters } from '../../state/boardFilters';
import type { CardView } from './cardView';
import { useFixedRows } from './useFixedRows';
import { DealCard } from './DealCard';

interface Props {
  views: readonly CardView[];
  stageName: string;
  stageKind: string;
}

/** Every card slot's height in px (board.css `.card-slot` holds its card to it). */
export const CARD_ROW_HEIGHT = 112;

/**
 * A column's cards, virtualized: only the cards in view (plus a few) are in the DOM. Rows have
 * one fixed height, so scrolling or a change of count costs the rows in view, not the column's
 * length. Rendered again only when its cards change (not when its column re-renders for a drag over it).
 */
export const VirtualCardList = memo(function VirtualCardList({ views, stageName, stageKind }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end, totalSize, scrollToIndex } = useFixedRows(scrollRef, views.length, CARD_ROW_HEIGHT);
  const highlight = useBoardFilters((s) => s.highlight);
  const setHighlight = useBoardFilters((s) => s.setHighlight);
  // Bring a highlighted deal (one just added) into view and give it focus.
  useEffect(() => {
    if (!highlight) return;
    const index = views.findIndex((v) => v.card.id === highlight);
    if (index < 0) return;
    scrollToIndex(index);
    let frames = 0;
    const tryFocus = () => {
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(highlight)}"]`);
      // A dialog the rep opened meanwhile (Ctrl+K right after adding) keeps focus.
      if (document.activeElement?.closest('[role="dialog"]')) setHighlight(null);
      else if (card) {
        card.focus();
        setHighlight(null);
      } else if (++frames < 30) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  }, [highlight, views, scrollToIndex, setHighlight]);
  return (
    <div ref={scrollRef} className="cards-scroll">
      <ul className="cards" aria-label={`Deals in ${stageName}`} style={{ height: totalSize }}>
        {views.slice(start, end).map((view, i) => {
          const index = start + i;
          return (
            <li
              key={view.card.id}
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
