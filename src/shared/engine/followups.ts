import { addDays, nextMonday, setHours, startOfDay } from 'date-fns';
import type { Deal, FollowUpType, QualFramework, SignalKind, StageDef, StageKind } from '../model';
import { durationMs, formatDurationSetting, formatElapsedAs, HOUR_MS, periodEnd } from './time';

export interface ProposedFollowUp {
  dueAt: number;
  /** False: only the local calendar day of dueAt matters (dueAt is local midnight). */
  hasTime: boolean;
  type: FollowUpType;
  note: string;
}

const STAGE_FOLLOW_UP: Record<StageKind, { type: FollowUpType; note: (within: string) => string }> = {
  'lead-generation': { type: 'email', note: (w) => `First touch within ${w}: qualify with {framework}` },
  nurturing: { type: 'email', note: (w) => `Send a personal nurturing touch within ${w}` },
  mql: { type: 'call', note: (w) => `Call within ${w}: ask the MQL questions` },
  sal: { type: 'call', note: (w) => `Contact within ${w}` },
  sql: { type: 'call', note: (w) => `Follow up within ${w}: ask a trial-close question` },
  closed: { type: 'task', note: (w) => `Within ${w}: ask for a reference and start the handoff` },
  'post-sale': { type: 'meeting', note: (w) => `Hold the handoff meeting with customer success within ${w}` },
  custom: { type: 'task', note: (w) => `Next step within ${w}` },
};

/**
 * The next step a deal gets on entering `stage`: due one cadence after `enteredAt`. Hour
 * cadences keep the time of day; day cadences give a date (local midnight) with no time.
 * The note names the pipeline's qualification framework where it matters.
 */
export function proposeFollowUp(
  stage: StageDef,
  enteredAt: number,
  framework: QualFramework = 'bant',
): ProposedFollowUp {
  const rule = STAGE_FOLLOW_UP[stage.kind];
  const named = framework === 'either' ? 'BANT or CHAMP' : framework.toUpperCase();
  const note = rule.note(formatDurationSetting(stage.cadence)).replace('{framework}', named);
  if (stage.cadence.unit === 'hours') {
    return { dueAt: enteredAt + durationMs(stage.cadence), hasTime: true, type: rule.type, note };
  }
  const dueAt = startOfDay(addDays(enteredAt, stage.cadence.amount)).getTime();
  return { dueAt, hasTime: false, type: rule.type, note };
}

type SignalRule = { when: 'now' | 'today' | 'tomorrow'; type: FollowUpType; note: string } | null;

const SIGNAL_FOLLOW_UP: Record<SignalKind, SignalRule> = {
  'trial-request': { when: 'now', type: 'call', note: 'Call now: they requested a trial' },
  'roi-content-request': {
    when: 'now',
    type: 'call',
    note: 'Call now: they requested ROI content — offer to walk through it',
  },
  'proposal-opened': { when: 'now', type: 'call', note: 'Call now: they opened the proposal' },
  'cta-clicked': { when: 'now', type: 'call', note: 'Call now: they clicked a call-to-action' },
  'fast-reply': { when: 'now', type: 'call', note: 'Call while they are engaged: they replied quickly' },
  'website-visit': { when: 'today', type: 'call', note: 'Call today: they are visiting the website' },
  'email-opened': { when: 'today', type: 'call', note: 'Call today: they opened your e-mail' },
  'webinar-attended': { when: 'tomorrow', type: 'email', note: 'Send a personal note about the webinar' },
  'campaign-asset': {
    when: 'tomorrow',
    type: 'email',
    note: 'Follow up on the campaign content they viewed',
  },
  'meeting-held': null,
};

/** A follow-up triggered by an engagement signal (DOMAIN.md: each is a cue for a call), or null. */
export function signalFollowUp(signal: SignalKind, now: number): ProposedFollowUp | null {
  const rule = SIGNAL_FOLLOW_UP[signal];
  if (!rule) return null;
  if (rule.when === 'now') return { dueAt: now, hasTime: true, type: rule.type, note: rule.note };
  const day = rule.when === 'today' ? startOfDay(now) : startOfDay(addDays(now, 1));
  return { dueAt: day.getTime(), hasTime: false, type: rule.type, note: rule.note };
}

export interface FreshLeadClock {
  elapsedMs: number;
  targetMs: number;
  overdue: boolean;
  text: string;
}

/**
 * For a new MQL or SAL: how long it has waited untouched against the stage's cadence
 * ("untouched 52 min / 24 h"). Null for other stages or once the rep has touched it
 * (an activity after entering the stage).
 */
export function freshLeadClock(
  deal: Pick<Deal, 'status' | 'stageId' | 'lastActivityAt' | 'stageEnteredAt'>,
  stage: StageDef,
  now: number,
): FreshLeadClock | null {
  if (stage.kind !== 'mql' && stage.kind !== 'sal') return null;
  if (deal.status !== 'open' || deal.stageId !== stage.id) return null;
  if (deal.lastActivityAt > deal.stageEnteredAt) return null;
  const elapsedMs = Math.max(0, now - deal.stageEnteredAt);
  const targetMs = durationMs(stage.cadence);
  return {
    elapsedMs,
    targetMs,
    // Day cadences are calendar days in the local zone (like stale periods); hours are real hours.
    overdue: now > periodEnd(deal.stageEnteredAt, stage.cadence),
    text: `untouched ${formatElapsedAs(elapsedMs, stage.cadence.unit)} / ${formatDurationSetting(stage.cadence)}`,
  };
}

export type FollowUpBucket = 'overdue' | 'today' | 'upcoming' | 'later';

/**
 * Agenda bucket, in local time. Timed follow-ups are overdue once past; dated ones only
 * once their day has ended. Upcoming = the next 7 days after today.
 */
export function bucketFollowUp(dueAt: number, hasTime: boolean, now: number): FollowUpBucket {
  const { today, tomorrow, weekOut } = dayBounds(now);
  if (hasTime ? dueAt < now : dueAt < today) return 'overdue';
  if (dueAt < tomorrow) return 'today';
  if (dueAt < weekOut) return 'upcoming';
  return 'later';
}

/**
 * The local day boundaries around `now`, worked out once per `now`: a board buckets the next
 * step of every card (100,000 at most) at the same `now`, and three Dates per card were most
 * of what deriving a card's view allocated. (A change of time zone shows at the next `now`.)
 */
let bounds: { now: number; today: number; tomorrow: number; weekOut: number } | null = null;
function dayBounds(now: number): { today: number; tomorrow: number; weekOut: number } {
  if (bounds?.now !== now) {
    const today = startOfDay(now);
    bounds = {
      now,
      today: today.getTime(),
      tomorrow: addDays(today, 1).getTime(),
      weekOut: addDays(today, 8).getTime(),
    };
  }
  return bounds;
}

export type SnoozeOption = '1h' | 'tomorrow' | 'next-week' | { until: number };

/** When a snoozed follow-up comes back: in an hour, tomorrow morning, next Monday morning, or a chosen time. */
export function snoozeUntil(option: SnoozeOption, now: number, morningHour: number): number {
  if (option === '1h') return now + HOUR_MS;
  if (option === 'tomorrow') return setHours(startOfDay(addDays(now, 1)), morningHour).getTime();
  if (option === 'next-week') return setHours(nextMonday(startOfDay(now)), morningHour).getTime();
  return Math.max(option.until, now);
}
