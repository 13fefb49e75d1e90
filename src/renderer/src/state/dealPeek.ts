import { useEffect } from 'react';
import type { Pipeline } from '../../../shared/model';
import type { BoardCard } from '../../../shared/rpc/views';

/**
 * What a view on screen already shows of a deal: its board card and the pipeline it sits in.
 * The deal workspace paints its header from it in the frame of the click, before the store
 * has answered (see docs/ARCHITECTURE.md, "Opening a deal").
 */
export interface DealPeek {
  card: BoardCard;
  pipeline: Pipeline;
}

type PeekSource = (dealId: string) => DealPeek | null;

const sources = new Set<PeekSource>();

/** A view offers the cards it holds; the returned function withdraws the offer. */
export function offerDealPeeks(source: PeekSource): () => void {
  sources.add(source);
  return () => {
    sources.delete(source);
  };
}

/** What a view on screen already shows of the deal, or null (opened from the palette, a link…). */
export function peekDeal(dealId: string): DealPeek | null {
  for (const source of sources) {
    const peek = source(dealId);
    if (peek) return peek;
  }
  return null;
}

const asIs = (card: BoardCard) => card;

/**
 * Offer these cards (as the view shows them: `shownAs`, e.g. a card dropped on another stage and
 * not yet saved) while the view is mounted and `enabled`. The lookup runs only when a deal is
 * opened, so holding 100,000 cards costs nothing until then.
 */
export function useOfferDealPeeks(
  cards: readonly BoardCard[],
  pipeline: Pipeline,
  enabled: boolean,
  shownAs: (card: BoardCard) => BoardCard = asIs,
): void {
  useEffect(() => {
    if (!enabled) return;
    return offerDealPeeks((dealId) => {
      const card = cards.find((c) => c.id === dealId);
      return card ? { card: shownAs(card), pipeline } : null;
    });
  }, [cards, pipeline, enabled, shownAs]);
}
