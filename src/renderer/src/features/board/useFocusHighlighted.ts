import { useEffect, type RefObject } from 'react';
import { useBoardFilters } from '../../state/boardFilters';
import { useViewShown } from '../../ui/viewShown';
import type { CardView } from './cardView';

/** Frames a highlighted card is looked for before the board gives up on it. */
const TRIES = 30;

/**
 * Bring the highlighted deal (one just added) of a column into view and give it focus, once its
 * card is drawn. Never takes focus from where the rep has gone meanwhile: a dialog or an opened
 * deal keeps it, and the highlight is dropped. A board kept hidden (the lead was added from
 * another view) looks once it is on screen again. Each look waits for a frame; a look still
 * pending when the column's cards change, or the highlight does, is cancelled (a second look
 * would otherwise come a frame later and take focus back).
 */
export function useFocusHighlighted(
  scrollRef: RefObject<HTMLElement | null>,
  views: readonly CardView[],
  scrollToIndex: (index: number) => void,
): void {
  const highlight = useBoardFilters((s) => s.highlight);
  const setHighlight = useBoardFilters((s) => s.setHighlight);
  const shown = useViewShown();
  useEffect(() => {
    if (!highlight || !shown) return;
    const index = views.findIndex((v) => v.card.id === highlight);
    if (index < 0) return;
    scrollToIndex(index);
    let tries = 0;
    let frame = 0;
    const tryFocus = () => {
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(highlight)}"]`);
      if (document.activeElement?.closest('[role="dialog"], .workspace')) setHighlight(null);
      else if (card) {
        card.focus();
        setHighlight(null);
      } else if (++tries < TRIES) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [highlight, shown, views, scrollRef, scrollToIndex, setHighlight]);
}
