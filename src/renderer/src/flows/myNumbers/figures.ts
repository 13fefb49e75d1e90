import type { FigureId, FigureItem, MyNumbers } from '../../../../shared/domains/insights/numbers';
import type { MoneyFormat } from '../../ui/money';

export type { FigureId };

/** One figure as the panel and the strip show it; both read the same words. */
export interface FigureView {
  id: FigureId;
  /** "Won", "Gap to quota"… */
  label: string;
  /** The label in the board strip: "Won", "Gap"… */
  shortLabel: string;
  /** The figure in full: "$41,000 of $100,000". */
  text: string;
  /** The figure in the board strip's few characters: "$41K / $100K". */
  short: string;
  /** A sentence under the figure in the panel. */
  note: string;
  /** Whether the figure is where the rep wants it (goal reached, 3× covered). */
  good: boolean;
  /** What each deal's share is ("$20,000", "3 touches"). */
  share(item: FigureItem): string;
  /** How many deals are behind it (the list itself is asked for when the rep opens it). */
  count: number;
}

/**
 * "0.4×", "3×", "12×": rounded down (one decimal below 10×), so a coverage just under the
 * rule of thumb never reads as meeting it.
 */
export function times(ratio: number): string {
  const step = ratio < 10 ? 10 : 1;
  return `${Math.floor(ratio * step + 1e-9) / step}×`;
}

const touches = (n: number) => (n === 1 ? '1 touch' : `${n} touches`);

function coverageView(n: MyNumbers): Pick<FigureView, 'text' | 'short' | 'note' | 'good'> {
  const target = times(n.coverage.target);
  const { state, ratio, meetsTarget } = n.coverage;
  if (state === 'no-quota')
    return { text: 'No quota', short: '—', note: 'Set a quota in Settings → Quota and goals.', good: false };
  if (state === 'met' || ratio === null)
    return { text: 'Quota met', short: 'met', note: 'Nothing left to cover this period.', good: true };
  return {
    text: `${times(ratio)} (rule of thumb ${target})`,
    short: `${times(ratio)} / ${target}`,
    note: meetsTarget
      ? `Meets the ${target} rule of thumb: weighted pipeline ÷ what is left to win.`
      : `Below the ${target} rule of thumb: weighted pipeline ÷ what is left to win.`,
    good: meetsTarget,
  };
}

/** The five figures of "My numbers", in reading order, each with the number of deals behind it. */
export function figureViews(n: MyNumbers, money: MoneyFormat): FigureView[] {
  const amount = (item: FigureItem) => money.format(item.amount);
  const hasQuota = n.quota > 0;
  const goal = n.activity.goal;
  return [
    {
      id: 'won',
      label: 'Won',
      shortLabel: 'Won',
      text: hasQuota ? `${money.format(n.won.value)} of ${money.format(n.quota)}` : money.format(n.won.value),
      short: hasQuota
        ? `${money.compact(n.won.value)} / ${money.compact(n.quota)}`
        : money.compact(n.won.value),
      note: `Contract value signed in ${n.period.label}${hasQuota ? ' against the quota' : ' (no quota set)'}.`,
      good: hasQuota && n.won.value >= n.quota,
      share: amount,
      count: n.won.count,
    },
    {
      id: 'weighted',
      label: 'Weighted pipeline',
      shortLabel: 'Weighted',
      text: money.format(n.weighted.value),
      short: money.compact(n.weighted.value),
      note: `Open deals expected to close in ${n.period.label}, value × probability.`,
      good: false,
      share: amount,
      count: n.weighted.count,
    },
    {
      id: 'gap',
      label: 'Gap to quota',
      shortLabel: 'Gap',
      text: !hasQuota ? 'No quota' : n.gap.value > 0 ? money.format(n.gap.value) : 'Quota met',
      short: !hasQuota ? '—' : n.gap.value > 0 ? money.compact(n.gap.value) : 'met',
      note: hasQuota ? 'Quota minus what is won; its deals are the won ones.' : 'Set a quota in Settings.',
      good: hasQuota && n.gap.value === 0,
      share: amount,
      count: n.gap.count,
    },
    {
      id: 'coverage',
      label: 'Coverage',
      shortLabel: 'Coverage',
      ...coverageView(n),
      share: amount,
      count: n.coverage.count,
    },
    {
      id: 'activity',
      label: 'Touches this week',
      shortLabel: 'Touches',
      text: goal > 0 ? `${n.activity.value} of ${goal}` : String(n.activity.value),
      short: goal > 0 ? `${n.activity.value} / ${goal}` : String(n.activity.value),
      note: 'Your calls, e-mails, meetings and notes since Monday.',
      good: goal > 0 && n.activity.value >= goal,
      share: (item) => touches(item.amount),
      count: n.activity.count,
    },
  ];
}
