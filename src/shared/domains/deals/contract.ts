import { z } from 'zod';
import { Deal, DecisionRole, Id, LeadSource, Money, ShortText } from '../../model';
import { command, query } from '../../rpc/define';
import type { DealDetail, SearchHit } from '../../rpc/views';

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

export const dealMethods = {
  'deals.create': command(QuickAddInput).returns<Deal>(),
  'deals.get': query(z.object({ id: Id })).returns<DealDetail>(),
  'deals.update': command(z.object({ id: Id, patch: DealPatch })).returns<Deal>(),
  'deals.search': query(
    z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(200) }),
  ).returns<SearchHit[]>(),
  'deals.addContact': command(z.object({ dealId: Id, contact: ContactInput })).returns<DealDetail>(),
  'deals.updateContact': command(
    z.object({ dealId: Id, contactId: Id, contact: ContactInput.partial() }),
  ).returns<DealDetail>(),
  'deals.removeContact': command(z.object({ dealId: Id, contactId: Id })).returns<DealDetail>(),
};
