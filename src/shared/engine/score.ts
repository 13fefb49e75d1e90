import type { Activity, Deal, DecisionRole, Settings, SignalKind } from '../model';
import { nameKey, SIGNAL_LABELS } from '../model/values';
import { activitySignal } from './signals';
import { DAY_MS, formatAgo } from './time';

export interface ScoreLine {
  /** What earned the points, e.g. "requested a trial" (see formatScoreLine). */
  label: string;
  points: number;
  kind: 'fit' | 'engagement';
  /** When the signal happened (engagement lines). */
  at?: number;
}

export interface LeadScore {
  score: number;
  breakdown: ScoreLine[];
}

/** Only the most recent few signals of each kind count, so one busy channel cannot max the score. */
export const MAX_SIGNALS_PER_KIND = 3;

const ROLE_LABELS: Record<DecisionRole, string> = {
  'decision-maker': 'is a decision-maker',
  influencer: 'influences the decision',
  champion: 'is a champion for us',
  user: 'is a user',
  blocker: 'is a blocker',
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The role that scores: the best-weighted of the profile's decision role and the roles of the
 * deal's contacts. A "user" profile with a decision-maker among the contacts scores as a
 * decision-maker — the rep has access to the decision (the profile does not hide it).
 */
function bestRole(deal: Deal, roleWeights: Record<string, number>): DecisionRole | null {
  const roles = [
    ...(deal.profile.decisionRole ? [deal.profile.decisionRole] : []),
    ...deal.contacts.map((c) => c.role),
  ];
  let best: DecisionRole | null = null;
  for (const role of roles) {
    if (best === null || (roleWeights[role] ?? 0) > (roleWeights[best] ?? 0)) best = role;
  }
  return best;
}

function fitLines(deal: Deal, settings: Settings): ScoreLine[] {
  const s = settings.scoring;
  const lines: ScoreLine[] = [];
  const role = bestRole(deal, s.roleWeights);
  if (role) lines.push({ label: ROLE_LABELS[role], points: s.roleWeights[role] ?? 0, kind: 'fit' });
  const size = deal.profile.companySize;
  if (size)
    lines.push({ label: `company size ${size} employees`, points: s.sizeWeights[size] ?? 0, kind: 'fit' });
  const industry = nameKey(deal.profile.industry);
  if (industry && s.targetIndustries.some((t) => nameKey(t) === industry)) {
    lines.push({
      label: `target industry (${deal.profile.industry.trim()})`,
      points: s.industryWeight,
      kind: 'fit',
    });
  }
  return lines;
}

/** Points a signal is worth `ageMs` after it happened: halves every half-life. */
export function decayedPoints(weight: number, ageMs: number, halfLifeDays: number): number {
  return weight * 0.5 ** (Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

function engagementLines(
  deal: Deal,
  activities: readonly Activity[],
  settings: Settings,
  now: number,
): ScoreLine[] {
  const bySignal = new Map<SignalKind, Activity[]>();
  for (const a of activities) {
    const signal = activitySignal(a);
    if (!signal || a.dealId !== deal.id) continue;
    bySignal.set(signal, [...(bySignal.get(signal) ?? []), a]);
  }
  const lines: ScoreLine[] = [];
  for (const [signal, list] of bySignal) {
    const weight = settings.scoring.signalWeights[signal];
    const recent = [...list]
      .sort((x, y) => y.at - x.at || x.id.localeCompare(y.id))
      .slice(0, MAX_SIGNALS_PER_KIND);
    for (const a of recent) {
      const points = decayedPoints(weight, now - a.at, settings.scoring.halfLifeDays);
      lines.push({ label: SIGNAL_LABELS[signal], points, kind: 'engagement', at: a.at });
    }
  }
  return lines;
}

/**
 * An explainable lead score, 0–100: fit (role, company size, industry) plus engagement
 * signals that decay with a half-life. Signals dated in the future count as happening now.
 */
export function scoreLead(input: {
  deal: Deal;
  activities: readonly Activity[];
  settings: Settings;
  now: number;
}): LeadScore {
  const { deal, activities, settings, now } = input;
  const fit = fitLines(deal, settings);
  const engagement = engagementLines(deal, activities, settings, now);
  const total = [...fit, ...engagement].reduce((sum, l) => sum + l.points, 0);
  const score = Math.min(100, Math.max(0, Math.round(total)));
  const breakdown = [...fit, ...engagement.sort((a, b) => b.points - a.points || (b.at ?? 0) - (a.at ?? 0))]
    .map((l) => ({ ...l, points: round1(l.points) }))
    .filter((l) => l.points > 0);
  return { score, breakdown };
}

/** The deal's score: the one the caller already computed for this moment, else computed now. */
export function scoreOf(input: {
  deal: Deal;
  activities: readonly Activity[];
  settings: Settings;
  now: number;
  score?: number | undefined;
}): number {
  return input.score ?? scoreLead(input).score;
}

/** "+15 requested a trial, 3 days ago" / "+20 is a decision-maker". */
export function formatScoreLine(line: ScoreLine, now: number): string {
  const pts = line.points >= 1 ? Math.round(line.points) : line.points;
  const sign = line.points >= 0 ? '+' : '';
  const when = line.at === undefined ? '' : `, ${formatAgo(now - line.at)}`;
  return `${sign}${pts} ${line.label}${when}`;
}
