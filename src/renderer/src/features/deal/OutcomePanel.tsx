import type { Deal } from '../../../../shared/model';
import { moneyIn, useCurrencies } from '../../ui/money';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** How a closed deal closed: what was signed (terms, PO, commission, consent) or why it was lost. */
export function OutcomePanel({ deal }: { deal: Deal }) {
  const home = useCurrencies().home;
  const outcome = deal.outcome;
  if (!outcome) return null;
  const money = moneyIn(deal.currency ?? home);
  const facts: [string, string][] =
    outcome.kind === 'won'
      ? [
          ['Why we won', outcome.reason ?? '—'],
          ['Signed', outcome.signedDate],
          ['Contract value', money.format(outcome.contractValue)],
          ['Term', outcome.termMonths ? `${outcome.termMonths} months` : '—'],
          ['PO number', outcome.poNumber || '—'],
          [
            'Commission',
            outcome.commission.type === 'rate'
              ? `${outcome.commission.value} %`
              : money.format(outcome.commission.value),
          ],
          ['Reference customer', yesNo(outcome.reference)],
          ['Testimonial', yesNo(outcome.testimonial)],
          ['Case study', yesNo(outcome.caseStudy)],
        ]
      : outcome.kind === 'lost'
        ? [
            ['Lost because', outcome.reason],
            ['Competitor', outcome.competitor || '—'],
            ['Note', outcome.note || '—'],
          ]
        : [
            ['Disqualified because', outcome.reason],
            ['Feedback', outcome.feedback || '—'],
          ];
  const heading =
    outcome.kind === 'won' ? 'Closed won' : outcome.kind === 'lost' ? 'Closed lost' : 'Disqualified';
  return (
    <section className="ws-section" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">{heading}</h2>
      <dl className="outcome-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
