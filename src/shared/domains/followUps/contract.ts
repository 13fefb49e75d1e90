import { z } from 'zod';
import { FollowUpType, Id, LongText, Timestamp, type Deal, type FollowUp } from '../../model';
import { command, query } from '../../rpc/define';
import type { DueCounts } from './dueCounts';

/** A follow-up with the names the agenda, tray and notifications show. */
export type AgendaItem = FollowUp & { dealTitle: string; companyName: string };

/**
 * A deal that can go stale (open, or won in Closed Deal / Post-Sale), as the stale check needs it. The store does not decide staleness itself:
 * "now" belongs to the UI (in browser-mode tests the page's clock is faked while the
 * store worker's is not), so the renderer runs the engine's `isStale` on these fields
 * with its own clock and the pipeline's `staleAfter`.
 */
export type StaleCandidate = Pick<
  Deal,
  | 'id'
  | 'title'
  | 'companyName'
  | 'pipelineId'
  | 'stageId'
  | 'status'
  | 'source'
  | 'stageEnteredAt'
  | 'lastActivityAt'
  | 'nextFollowUpAt'
  | 'pausedUntil'
  | 'pauseNote'
> & {
  /** Won deals: the handoff checklist is complete (they no longer go stale). */
  handoffDone?: boolean;
};

export const FollowUpInput = z
  .object({
    dealId: Id.nullable(),
    contactId: Id.nullable().default(null),
    dueAt: Timestamp,
    hasTime: z.boolean().default(true),
    type: FollowUpType,
    note: LongText.default(''),
  })
  .refine((f) => f.dealId !== null || f.contactId !== null, {
    message: 'a follow-up belongs to a deal or a contact',
    path: ['dealId'],
  });

/** Changing a follow-up moves its deal's next step (and the deal's score is recomputed). */
const CHANGE = { writes: ['followUps', 'deals'], reads: ['activities', 'settings'] } as const;
/** A follow-up with the deal names beside it. */
const NAMED = ['followUps', 'deals'] as const;

export const followUpMethods = {
  'followUps.create': command(FollowUpInput, {
    ...CHANGE,
    reads: [...CHANGE.reads, 'contacts'],
  }).returns<FollowUp>(),
  'followUps.reschedule': command(
    z.object({
      id: Id,
      dueAt: Timestamp,
      hasTime: z.boolean().optional(),
      note: LongText.optional(),
      type: FollowUpType.optional(),
    }),
    CHANGE,
  ).returns<FollowUp>(),
  'followUps.complete': command(z.object({ id: Id }), CHANGE).returns<FollowUp>(),
  'followUps.snooze': command(z.object({ id: Id, until: Timestamp }), CHANGE).returns<FollowUp>(),
  /** Every open or snoozed follow-up, earliest first (the agenda buckets them). */
  'followUps.agenda': query(z.object({}), NAMED).returns<AgendaItem[]>(),
  /**
   * The nav badge: open or snoozed follow-ups overdue and due later today at `now`, counted in
   * the store (two numbers cross to the UI, not every follow-up due: ~19,000 at 100,000 deals).
   */
  'followUps.dueCounts': query(z.object({ now: Timestamp }), ['followUps']).returns<DueCounts>(),
  /**
   * The reminder loop's one round trip: claims every open follow-up due by `until` whose
   * reminder has not fired (marks it fired at `until`, in one transaction, so two checks never
   * claim the same one) and says when the earliest unclaimed one is due. Silent bookkeeping:
   * no view of the rep's data reloads for it.
   */
  'followUps.claimDue': command(z.object({ until: Timestamp }), {
    writes: ['followUps'],
    reads: ['deals'],
    silent: true,
  }).returns<{ claimed: AgendaItem[]; nextDue: number | null }>(),
  /** Every open deal of every pipeline, with the fields the stale check reads (see StaleCandidate). */
  'followUps.staleCandidates': query(z.object({}), ['deals', 'handoffs']).returns<StaleCandidate[]>(),
  /** For the tray: overdue count and today's follow-ups (local day of the host). */
  'followUps.summary': query(z.object({}), NAMED).returns<{ overdue: number; today: AgendaItem[] }>(),
};
