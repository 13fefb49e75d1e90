import {
  ACTIVITY_TYPE_LABELS,
  DECISION_ROLE_LABELS,
  type Activity,
  type DecisionRole,
} from '../../../../shared/model';
import type { DealLine } from '../../../../shared/rpc/views';
import { formatWhen } from '../../ui/dates';
import { DealAmount } from '../../ui/money';
import { useNavigation } from '../../state/navigation';

/** Roles in words: "Champion, User". */
export const rolesText = (roles: readonly DecisionRole[]) =>
  roles.map((r) => DECISION_ROLE_LABELS[r]).join(', ');

/** A last touch, or that there has been none. */
export const touchText = (at: number | null) => (at === null ? 'No touch yet' : formatWhen(at, false));

const STATUS: Record<DealLine['status'], string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
  disqualified: 'Disqualified',
};

/** Deals as buttons that open the deal workspace over the page. */
export function DealLines({
  deals,
  empty,
  extra,
}: {
  deals: readonly DealLine[];
  empty: string;
  extra?: (d: DealLine) => string;
}) {
  const openDeal = useNavigation((s) => s.openDeal);
  if (!deals.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="page-list">
      {deals.map((d) => (
        <li key={d.id}>
          <button type="button" className="link-row" data-deal-link={d.id} onClick={() => openDeal(d.id)}>
            <span className="link-row-main">{d.title}</span>
            <span>{STATUS[d.status]}</span>
            <span>
              <DealAmount value={d.value} currency={d.currency} />
            </span>
            {extra && <span className="muted">{extra(d)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The activity timeline across a person's or a company's deals, newest first. */
export function Timeline({
  activities,
  dealTitles,
}: {
  activities: readonly Activity[];
  dealTitles: ReadonlyMap<string, string>;
}) {
  if (!activities.length) return <p className="muted">Nothing logged yet.</p>;
  return (
    <ol className="page-timeline">
      {activities.map((a) => (
        <li key={a.id}>
          <time dateTime={new Date(a.at).toISOString()}>{formatWhen(a.at, true)}</time>{' '}
          <strong>{ACTIVITY_TYPE_LABELS[a.type]}</strong>
          {a.subject && <> · {a.subject}</>}
          <span className="muted"> · {dealTitles.get(a.dealId) ?? 'a deal'}</span>
        </li>
      ))}
    </ol>
  );
}
