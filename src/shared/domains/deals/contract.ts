import { z } from 'zod';
import {
  Deal,
  DecisionRole,
  Id,
  LeadSource,
  Money,
  ShortText,
  type DealStatus,
  TransitionRequest,
} from '../../model';
import type { Decision } from '../../engine';
import { command, query } from '../../rpc/define';
import type { BoardCard, DealDetail, SearchHit } from '../../rpc/views';

/** Everything the deal workspace shows. */
const DETAIL = [
  'deals',
  'companies',
  'contacts',
  'activities',
  'stageHistory',
  'followUps',
  'handoffs',
] as const;
/** A deal write recomputes what the store keeps on the deal (score, last touch, next step). */
const REFRESH = ['activities', 'followUps', 'settings'] as const;

export const QuickAddInput = z.object({
  title: ShortText.trim().min(1, 'a deal needs a title'),
  companyName: ShortText.trim(),
  contactName: ShortText.trim(),
  contactEmail: z.union([z.literal(''), z.email('that e-mail address does not look right').max(300)]),
  source: LeadSource,
  value: Money,
  pipelineId: Id.optional(),
});
export type QuickAddInput = z.infer<typeof QuickAddInput>;

/** The fields a rep edits in the deal workspace. Stage and status change only by moves. */
export const DealPatch = Deal.pick({
  value: true,
  currency: true,
  probability: true,
  source: true,
  campaign: true,
  expectedClose: true,
  bant: true,
  champ: true,
  specialistMeeting: true,
  mqlAnswers: true,
  salAccepted: true,
  dataValidated: true,
  profile: true,
  pausedUntil: true,
  pauseNote: true,
  notes: true,
})
  .extend({ title: ShortText.trim().min(1), companyName: ShortText.trim() })
  .partial()
  .strict();
export type DealPatch = z.infer<typeof DealPatch>;

export const ContactInput = z.object({
  name: ShortText.trim().min(1, 'a contact needs a name'),
  email: z.union([z.literal(''), z.email().max(300)]),
  phone: ShortText,
  title: ShortText,
  role: DecisionRole,
});

export interface TransitionResult {
  deal: Deal;
  /**
   * The deal's card on its pipeline's board, as `board.cards` would return it after the move,
   * or null when the deal left the board (lost, disqualified).
   */
  card: BoardCard | null;
  decision: Decision;
  /** The stage-history entry written, for undo. */
  historyId: string;
  /** The next step proposed for the new stage (the UI offers accept / edit / skip). */
  proposedFollowUp: Decision['followUp'];
}

/** What an undo answers: the deal as restored and its card (null: it is not on the board). */
export type UndoResult = Pick<TransitionResult, 'deal' | 'card'>;

/** One deal as the CSV export writes it: the fields the board shows, plus its contact. */
export interface DealExportRow {
  title: string;
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  stageName: string;
  status: DealStatus;
  value: number;
  /** The currency of `value` and `weightedValue` (the deal's own, else the home currency). */
  currency: string;
  weightedValue: number;
  score: number;
  source: LeadSource;
  /** `YYYY-MM-DD` or null. */
  expectedClose: string | null;
  /** Due time of the next open follow-up (ms), or null. */
  nextStepAt: number | null;
  daysInStage: number;
}

export const dealMethods = {
  'deals.create': command(QuickAddInput, {
    writes: ['deals', 'companies', 'contacts', 'stageHistory'],
    reads: ['pipelines', ...REFRESH],
  }).returns<Deal>(),
  'deals.get': query(z.object({ id: Id }), DETAIL).returns<DealDetail>(),
  'deals.update': command(z.object({ id: Id, patch: DealPatch }), {
    writes: ['deals', 'companies'],
    reads: REFRESH,
  }).returns<Deal>(),
  'deals.search': query(z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(200) }), [
    'deals',
  ]).returns<SearchHit[]>(),
  'deals.addContact': command(z.object({ dealId: Id, contact: ContactInput }), {
    writes: ['deals', 'contacts'],
    reads: [...DETAIL, ...REFRESH],
  }).returns<DealDetail>(),
  'deals.updateContact': command(z.object({ dealId: Id, contactId: Id, contact: ContactInput.partial() }), {
    writes: ['deals', 'contacts'],
    reads: [...DETAIL, ...REFRESH],
  }).returns<DealDetail>(),
  'deals.removeContact': command(z.object({ dealId: Id, contactId: Id }), {
    writes: ['deals'],
    reads: [...DETAIL, ...REFRESH],
  }).returns<DealDetail>(),
  /** Apply a transition; blocked ones throw `blocked` with the Decision as details. */
  'deals.transition': command(z.object({ dealId: Id, request: TransitionRequest }), {
    writes: ['deals', 'stageHistory', 'handoffs'],
    // What the rules read, plus the deal's card (its first contact, its checklist's progress).
    reads: ['pipelines', 'contacts', ...REFRESH],
  }).returns<TransitionResult>(),
  /** Undo the latest transition of a deal (only if nothing moved it since), in one pass like a move. */
  'deals.undoTransition': command(z.object({ dealId: Id, historyId: Id }), {
    writes: ['deals', 'stageHistory'],
    // What the store keeps on the deal, plus its card (its first contact, its checklist's progress).
    reads: ['contacts', 'handoffs', ...REFRESH],
  }).returns<UndoResult>(),
  /** A follow-on opportunity (upsell, add-on) from a won deal, in the first stage of its pipeline. */
  'deals.createFollowOn': command(
    z.object({
      dealId: Id,
      kind: z.enum(['upsell', 'add-on']),
      title: ShortText.trim().min(1, 'a follow-on needs a title'),
      value: Money,
    }),
    { writes: ['deals', 'stageHistory'], reads: ['pipelines', ...REFRESH] },
  ).returns<Deal>(),
  /** The deals of a pipeline (every status), ready to be written as CSV. */
  'deals.exportRows': query(z.object({ pipelineId: Id.optional() }), [
    'pipelines',
    'deals',
    'contacts',
    'settings',
  ]).returns<{
    pipelineName: string;
    rows: DealExportRow[];
  }>(),
};
