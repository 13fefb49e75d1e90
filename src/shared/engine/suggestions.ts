import type { Activity, Deal, FollowUp, Pipeline, Settings, StageDef } from '../model';
import { SIGNAL_LABELS } from '../model/values';
import type { TransitionContext } from './decision';
import type { FixAction } from './gates';
import type { ProposedFollowUp } from './followups';
import { bucketFollowUp, freshLeadClock, proposeFollowUp, signalFollowUp } from './followups';
import { meetsStageGates } from './gates';
import { advanceReason, nurtureSuggestion, requirementSuggestions } from './suggestionReasons';
import { isStale } from './stale';
import { activitySignal } from './signals';
import { stageById, stageIndex } from './pipelineQuery';
import { frameworkOf } from './qualification';
import { DAY_MS, formatAgo } from './time';

export type SuggestionAction =
  | { type: 'move'; toStageId: string }
  | { type: 'fix'; action: FixAction }
  | { type: 'schedule'; followUp: ProposedFollowUp }
  | { type: 'open-follow-up'; followUpId: string };

export type SuggestionKind =
  | 'overdue'
  | 'fresh-lead'
  | 'signal'
  | 'stale'
  | 'handoff'
  | 'advance'
  | 'nurture'
  | 'no-next-step'
  | 'requirement';

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
  action?: SuggestionAction;
}

export interface SuggestInput {
  deal: Deal;
  pipeline: Pipeline;
  settings: Settings;
  activities: readonly Activity[];
  openFollowUps: readonly FollowUp[];
  now: number;
  hasHandoff?: boolean;
  /** The handoff checklist is complete (a won deal then no longer goes stale). */
  handoffDone?: boolean;
}

type Ranked = Suggestion & { rank: number };

/** A recent buying signal that calls for a follow-up, not yet answered by a call, e-mail or meeting. */
function unansweredSignal(activities: readonly Activity[], now: number): Activity | null {
  let latest: Activity | null = null;
  for (const a of activities) {
    const kind = a.type === 'signal' ? activitySignal(a) : null;
    if (kind && signalFollowUp(kind, now) && (!latest || a.at > latest.at)) latest = a;
  }
  if (!latest || now - latest.at > 3 * DAY_MS) return null;
  const at = latest.at;
  const touched = activities.some(
    (a) =>
      a.at > at &&
      (a.type === 'call' || a.type === 'email' || a.type === 'meeting' || a.signal === 'meeting-held'),
  );
  return touched ? null : latest;
}

/** The furthest stage ahead whose gates (and those of every stage before it) are met. */
function reachableGatedStage(ctx: TransitionContext): StageDef | null {
  const { pipeline, deal } = ctx;
  let best: StageDef | null = null;
  for (let i = stageIndex(pipeline, deal.stageId) + 1; i < pipeline.stages.length; i++) {
    const stage = pipeline.stages[i];
    if (!stage || (deal.status === 'open' && stage.kind === 'closed')) break;
    if (!meetsStageGates(stage, deal, ctx)) break;
    if (stage.gates.length > 0) best = stage;
  }
  return best;
}

function followUpSuggestions(input: SuggestInput, stage: StageDef, mine: readonly FollowUp[]): Ranked[] {
  const { deal, now } = input;
  const out: Ranked[] = [];
  const overdue = mine
    .filter((f) => bucketFollowUp(f.dueAt, f.hasTime, now) === 'overdue')
    .sort((a, b) => a.dueAt - b.dueAt);
  const first = overdue[0];
  if (first) {
    const what = first.note.trim() || `${first.type} follow-up`;
    out.push({
      rank: 10,
      kind: 'overdue',
      text: `Overdue: ${what} (due ${formatAgo(now - first.dueAt)})`,
      action: { type: 'open-follow-up', followUpId: first.id },
    });
  }
  const clock = freshLeadClock(deal, stage, now);
  if (clock) {
    const text = clock.overdue ? `${clock.text} — contact now` : `${clock.text} — make first contact`;
    out.push({
      rank: clock.overdue ? 20 : 65,
      kind: 'fresh-lead',
      text,
      action: { type: 'schedule', followUp: proposeFollowUp(stage, now, frameworkOf(input.pipeline)) },
    });
  }
  const ahead = mine.filter((f) => bucketFollowUp(f.dueAt, f.hasTime, now) !== 'overdue');
  const nextStep = ahead.sort((a, b) => a.dueAt - b.dueAt)[0] ?? null;
  const stale = isStale({ deal, stage, now, nextStep, handoffDone: input.handoffDone ?? false });
  if (stale.stale)
    out.push({
      rank: 40,
      kind: 'stale',
      text: stale.text,
      action: { type: 'schedule', followUp: proposeFollowUp(stage, now, frameworkOf(input.pipeline)) },
    });
  if (mine.length === 0 && !stale.stale) {
    out.push({
      rank: 60,
      kind: 'no-next-step',
      text: 'No next step scheduled',
      action: { type: 'schedule', followUp: proposeFollowUp(stage, now, frameworkOf(input.pipeline)) },
    });
  }
  return out;
}

/** What to do next for a deal, best first. Closed-lost and disqualified deals get none. */
export function suggestNext(input: SuggestInput): Suggestion[] {
  const { deal, pipeline, settings, now } = input;
  const stage = stageById(pipeline, deal.stageId);
  if (!stage || deal.status === 'lost' || deal.status === 'disqualified') return [];
  const activities = input.activities.filter((a) => a.dealId === deal.id);
  const ctx: TransitionContext = {
    deal,
    pipeline,
    settings,
    activities,
    hasHandoff: input.hasHandoff ?? false,
    now,
  };
  const mine = input.openFollowUps.filter(
    (f) => f.dealId === deal.id && (f.status === 'open' || f.status === 'snoozed'),
  );
  const out: Ranked[] = followUpSuggestions(input, stage, mine);
  if (deal.status === 'open') {
    const signal = unansweredSignal(activities, now);
    const kind = signal ? activitySignal(signal) : null;
    const fu = kind ? signalFollowUp(kind, now) : null;
    if (signal && kind && fu) {
      out.push({
        rank: 30,
        kind: 'signal',
        text: `${SIGNAL_LABELS[kind]} ${formatAgo(now - signal.at)} — ${fu.note}`,
        action: { type: 'schedule', followUp: fu },
      });
    }
  }
  if (stage.kind === 'post-sale' && !ctx.hasHandoff) {
    out.push({
      rank: 45,
      kind: 'handoff',
      text: 'Start the handoff checklist for customer success',
      action: { type: 'fix', action: 'create-handoff' },
    });
  }
  const target = reachableGatedStage(ctx);
  if (target) {
    out.push({
      rank: 50,
      kind: 'advance',
      text: advanceReason(ctx, stage, target),
      action: { type: 'move', toStageId: target.id },
    });
  } else if (deal.status === 'open') {
    const nurture = nurtureSuggestion(ctx, stage);
    if (nurture) out.push({ rank: 55, ...nurture });
    else out.push(...requirementSuggestions(ctx, stage).map((s) => ({ rank: 70, ...s })));
  }
  return out.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...s }) => s);
}
