import { memo } from 'react';
import { NEXT_STEP_LABELS, NEXT_STEP_SHORT, type CardView } from './cardView';
import { moneyIn, useCurrencies } from '../../ui/money';
import { nameKey, rateToHome } from '../../../../shared/model/values';
import { useCardDragDescription } from './cardDrag';

interface Props {
  view: CardView;
  stageKind: string;
}

/**
 * One deal on the board: drag it (mouse, touch, Space + arrows), or open it (click, Enter). The
 * board's cards container handles those for every card (`useCardHandlers`): a card holds no
 * handlers and no drag state of its own, so it costs little to mount and is rendered only when
 * what it shows changed — never because a drag started or ended.
 */
function DealCardImpl({ view, stageKind }: Props) {
  const describedBy = useCardDragDescription();
  const currencies = useCurrencies();
  const { card, nextStep, stale, staleText, freshClock, daysInStage } = view;
  const currency = card.currency ?? currencies.home;
  const noRate = rateToHome(currency, currencies) === null;
  // What it shows: title, value, next step, company, days in stage, score and flags.
  return (
    <div
      role="button"
      tabIndex={0}
      aria-roledescription="draggable"
      aria-describedby={describedBy}
      className={stale ? 'card is-stale' : 'card'}
      data-deal-id={card.id}
      data-next-step={nextStep}
    >
      <span className="card-title">{card.title}</span>
      <span className="card-row">
        <span className="card-value">{moneyIn(currency).format(card.value)}</span>
        <span className={`next-step next-${nextStep}`} title={NEXT_STEP_LABELS[nextStep]}>
          {nextStep === 'none' ? (
            NEXT_STEP_SHORT.none
          ) : (
            <>
              <span className="visually-hidden">Next step </span>
              {NEXT_STEP_SHORT[nextStep]}
            </>
          )}
        </span>
      </span>
      <span className="card-row card-meta">
        {/* The company, unless the title already names it ("Add-on — Tidewater Logistics"). */}
        {showCompany(card) ? <span className="card-company">{card.companyName}</span> : null}
        <span className="days-in-stage">{`${daysInStage} d in stage`}</span>
        <span className="score-badge" title="Lead score">
          <span className="visually-hidden">Score </span>
          {Math.round(card.score)}
        </span>
      </span>
      {(stale ||
        noRate ||
        freshClock ||
        card.status === 'won' ||
        (stageKind === 'post-sale' && card.handoff)) && (
        <span className="card-row card-flags">
          {card.status === 'won' && <span className="flag flag-won">Won</span>}
          {noRate && (
            <span className="flag flag-rate" title={`No ${currency} rate in Settings: left out of totals`}>
              {`No ${currency} rate`}
            </span>
          )}
          {stale && (
            <span className="flag flag-stale" title={staleText}>
              Stale
            </span>
          )}
          {freshClock && (
            <span className={`flag flag-clock${freshClock.overdue ? ' overdue' : ''}`}>
              {freshClock.text}
            </span>
          )}
          {card.handoff && (
            <span className="flag">{`Handoff ${card.handoff.done}/${card.handoff.total}`}</span>
          )}
        </span>
      )}
    </div>
  );
}

/** Card object → whether it shows its company line (worked out once per card, not per render). */
const companyShown = new WeakMap<CardView['card'], boolean>();

/** A card names its company once: in the title, or on its own line. */
function showCompany(card: CardView['card']): boolean {
  let shown = companyShown.get(card);
  if (shown === undefined) {
    const company = nameKey(card.companyName);
    shown = company !== '' && !nameKey(card.title).includes(company);
    companyShown.set(card, shown);
  }
  return shown;
}

/** Re-render a card only when something it shows changed. */
function sameView(a: Props, b: Props): boolean {
  const x = a.view;
  const y = b.view;
  if (x === y) return a.stageKind === b.stageKind;
  const keys = ['id', 'title', 'companyName', 'value', 'currency', 'score', 'status', 'stageId'] as const;
  return (
    a.stageKind === b.stageKind &&
    keys.every((k) => x.card[k] === y.card[k]) &&
    x.nextStep === y.nextStep &&
    x.stale === y.stale &&
    x.daysInStage === y.daysInStage &&
    x.freshClock?.text === y.freshClock?.text &&
    x.card.handoff?.done === y.card.handoff?.done &&
    x.card.handoff?.total === y.card.handoff?.total
  );
}

export const DealCard = memo(DealCardImpl, sameView);
