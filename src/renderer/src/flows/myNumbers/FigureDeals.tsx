import { useEffect, useRef, useState } from 'react';
import type { DealRef, FigureItem } from '../../../../shared/domains/insights/numbers';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { toDateInput } from '../../ui/dates';
import { Modal } from '../../ui/Modal';
import { useNow } from '../../ui/useNow';
import type { FigureView } from './figures';

/** Deals drawn at a time: a figure can have thousands behind it; "Show more" reaches every one. */
export const FIGURE_DEALS_PAGE = 100;

const STATUS: Record<DealRef['status'], string> = {
  open: '',
  won: 'won',
  lost: 'lost',
  disqualified: 'disqualified',
};

function DealButton({
  item,
  deal,
  figure,
  onOpen,
}: {
  item: FigureItem;
  deal: DealRef | undefined;
  figure: FigureView;
  onOpen(id: string): void;
}) {
  const where = [deal?.companyName, deal?.stageName, deal ? STATUS[deal.status] : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <button type="button" data-deal-ref={item.dealId} onClick={() => onOpen(item.dealId)}>
      <span className="figure-deal-title">{deal?.title ?? 'A deal'}</span>
      <span className="muted">{where}</span>
      <span className="figure-deal-share">{figure.share(item)}</span>
    </button>
  );
}

/**
 * The deals behind one figure, asked of the store when the list opens (`insights.figureDeals`;
 * the numbers themselves carry only how many): a loading line, then the list, largest share
 * first, FIGURE_DEALS_PAGE at a time. Choosing a deal opens its workspace.
 */
export function FigureDeals({ figure, onClose }: { figure: FigureView; onClose(): void }) {
  const openDeal = useNavigation((s) => s.openDeal);
  const day = toDateInput(useNow());
  const query = useLiveQuery('insights.figureDeals', { figure: figure.id, day }, { settleMs: 300 });
  const data = query.data?.figure === figure.id ? query.data : null;
  const [shown, setShown] = useState(FIGURE_DEALS_PAGE);
  const closeRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const loaded = data !== null;
  // The dialog focused its Close button while loading: the list, once there, takes focus.
  useEffect(() => {
    if (loaded && document.activeElement === closeRef.current)
      listRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [loaded]);
  const byId = new Map((data?.deals ?? []).map((d) => [d.id, d]));
  const items = data?.items ?? [];
  const open = (id: string) => {
    onClose();
    openDeal(id);
  };
  return (
    <Modal title={`${figure.label}: ${figure.text}`} onClose={onClose} className="figure-deals">
      <p className="hint">{figure.note}</p>
      {query.status === 'error' && (
        <p role="alert" className="error">
          Could not load the deals: {query.error}
        </p>
      )}
      {!data && query.status !== 'error' && (
        <p className="hint" role="status" data-testid="figure-deals-pending">
          Loading the deals behind {figure.label}…
        </p>
      )}
      {data && items.length === 0 && <p>No deals are behind this figure yet.</p>}
      {data && items.length > 0 && (
        <ul ref={listRef} className="figure-deal-list" aria-label={`Deals behind ${figure.label}`}>
          {items.slice(0, shown).map((item) => (
            <li key={item.dealId}>
              <DealButton item={item} deal={byId.get(item.dealId)} figure={figure} onOpen={open} />
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        {items.length > shown && (
          <button type="button" onClick={() => setShown((n) => n + FIGURE_DEALS_PAGE)}>
            Show {Math.min(FIGURE_DEALS_PAGE, items.length - shown)} more ({shown} of {items.length} shown)
          </button>
        )}
        <button ref={closeRef} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
