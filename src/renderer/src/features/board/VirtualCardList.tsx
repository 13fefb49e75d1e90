import { memo, useCallback, useEffect, useRef } from 'react';
import { useBoardFilters } from '../../state/boardFilters';
import type { CardView } from './cardView';
import { useVirtualRows } from '../../ui/virtualRows';
import { DealCard } from './DealCard';

interface Props {
  views: readonly CardView[];
  stageName: string;
  stageKind: string;
}

const estimateSize = () => 104;

/**
 * A column's cards, virtualized: only the cards in view (plus a few) are in the DOM. Rendered
 * again only when its cards change (not when its column re-renders for a drag over it).
 */
export const VirtualCardList = memo(function VirtualCardList({ views, stageName, stageKind }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const getItemKey = useCallback((index: number) => views[index]?.card.id ?? index, [views]);
  const { items, totalSize, measure, scrollToIndex } = useVirtualRows({
    count: views.length,
    getScrollElement,
    estimateSize,
    getItemKey,
  });
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
        {items.map((item) => {
          const view = views[item.index];
          if (!view) return null;
          return (
            <li
              key={item.key}
              ref={measure}
              data-index={item.index}
              className="card-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <DealCard view={view} stageKind={stageKind} />
            </li>
          );
        })}
      </ul>
    </div>
  );
});
