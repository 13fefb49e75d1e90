import type { DealRef } from '../../../../shared/domains/insights/numbers';
import { useNavigation } from '../../state/navigation';
import { Modal } from '../../ui/Modal';
import type { FigureView } from './figures';

const STATUS: Record<DealRef['status'], string> = {
  open: '',
  won: 'won',
  lost: 'lost',
  disqualified: 'disqualified',
};

/** The deals behind one figure; choosing one opens its workspace. */
export function FigureDeals({
  figure,
  deals,
  onClose,
}: {
  figure: FigureView;
  deals: readonly DealRef[];
  onClose(): void;
}) {
  const openDeal = useNavigation((s) => s.openDeal);
  const byId = new Map(deals.map((d) => [d.id, d]));
  return (
    <Modal title={`${figure.label}: ${figure.text}`} onClose={onClose} className="figure-deals">
      <p className="hint">{figure.note}</p>
      {figure.items.length === 0 ? (
        <p>No deals are behind this figure yet.</p>
      ) : (
        <ul className="figure-deal-list" aria-label={`Deals behind ${figure.label}`}>
          {figure.items.map((item) => {
            const deal = byId.get(item.dealId);
            const where = [deal?.companyName, deal?.stageName, deal ? STATUS[deal.status] : '']
              .filter(Boolean)
              .join(' · ');
            return (
              <li key={item.dealId}>
                <button
                  type="button"
                  data-deal-ref={item.dealId}
                  onClick={() => {
                    onClose();
                    openDeal(item.dealId);
                  }}
                >
                  <span className="figure-deal-title">{deal?.title ?? 'A deal'}</span>
                  <span className="muted">{where}</span>
                  <span className="figure-deal-share">{figure.share(item)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
