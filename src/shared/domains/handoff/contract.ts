import { z } from 'zod';
import {
  DateOnly,
  Id,
  LongText,
  Money,
  ShortText,
  type Deal,
  type HandoffChecklist,
  type Settings,
} from '../../model';
import type { HandoffDoc } from './notes';
import { HandoffTemplateInput } from './template';
import { command, query } from '../../rpc/define';

const ItemLabel = ShortText.trim().min(1, 'an item needs a label');

export const HandoffItemPatch = z
  .object({
    value: LongText.optional(),
    done: z.boolean().optional(),
    date: DateOnly.nullable().optional(),
    label: ItemLabel.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });

const ItemRef = { dealId: Id, sectionId: Id, itemId: Id };

export const handoffMethods = {
  /** The deal's handoff checklist, or null when it has none yet. */
  'handoff.get': query(z.object({ dealId: Id })).returns<HandoffChecklist | null>(),
  /** Start a checklist for a won deal that has none (from the current template, prefilled). */
  'handoff.create': command(z.object({ dealId: Id })).returns<HandoffChecklist>(),
  /** Fill, tick, date or rename an item; a dated item keeps a linked follow-up on that day. */
  'handoff.updateItem': command(
    z.object({ ...ItemRef, patch: HandoffItemPatch }),
  ).returns<HandoffChecklist>(),
  'handoff.addItem': command(
    z.object({
      dealId: Id,
      sectionId: Id,
      label: ItemLabel,
      value: LongText.default(''),
      date: DateOnly.nullable().default(null),
      atIndex: z.number().int().min(0).max(200).optional(),
    }),
  ).returns<HandoffChecklist>(),
  /** Remove an item; its linked follow-up, if still open, is cancelled. */
  'handoff.removeItem': command(z.object(ItemRef)).returns<HandoffChecklist>(),
  'handoff.moveItem': command(
    z.object({ ...ItemRef, toIndex: z.number().int().min(0).max(199) }),
  ).returns<HandoffChecklist>(),
  /** Everything the handoff notes are rendered from (deal, contacts, checklist, key moments). */
  'handoff.exportDoc': query(z.object({ dealId: Id })).returns<HandoffDoc>(),
  /** Replace the handoff template; checklists created from now on use it (existing ones keep theirs). */
  'settings.updateHandoffTemplate': command(z.object({ template: HandoffTemplateInput })).returns<Settings>(),
  /** A follow-on opportunity (upsell, add-on) from a won deal, in the first stage of its pipeline. */
  'deals.createFollowOn': command(
    z.object({
      dealId: Id,
      kind: z.enum(['upsell', 'add-on']),
      title: ShortText.trim().min(1, 'a follow-on needs a title'),
      value: Money,
    }),
  ).returns<Deal>(),
};
