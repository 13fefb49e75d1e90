import { z } from 'zod';
import { DateOnly, Id, LongText, ShortText, type HandoffChecklist } from '../../model';
import type { HandoffDoc } from './notes';
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

/** An item edit writes the checklist and, for a dated item, its follow-up and the deal's next step. */
const ITEM_EDIT = {
  writes: ['handoffs', 'followUps', 'deals'],
  reads: ['activities', 'settings'],
} as const;

export const handoffMethods = {
  /** The deal's handoff checklist, or null when it has none yet. */
  'handoff.get': query(z.object({ dealId: Id }), ['deals', 'handoffs']).returns<HandoffChecklist | null>(),
  /** Start a checklist for a won deal that has none (from the current template, prefilled). */
  'handoff.create': command(z.object({ dealId: Id }), {
    writes: ['handoffs'],
    reads: ['deals', 'companies', 'contacts', 'activities', 'stageHistory', 'followUps', 'settings'],
  }).returns<HandoffChecklist>(),
  /** Fill, tick, date or rename an item; a dated item keeps a linked follow-up on that day. */
  'handoff.updateItem': command(
    z.object({ ...ItemRef, patch: HandoffItemPatch }),
    ITEM_EDIT,
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
    ITEM_EDIT,
  ).returns<HandoffChecklist>(),
  /** Remove an item; its linked follow-up, if still open, is cancelled. */
  'handoff.removeItem': command(z.object(ItemRef), ITEM_EDIT).returns<HandoffChecklist>(),
  'handoff.moveItem': command(z.object({ ...ItemRef, toIndex: z.number().int().min(0).max(199) }), {
    writes: ['handoffs'],
    reads: ['deals'],
  }).returns<HandoffChecklist>(),
  /** Everything the handoff notes are rendered from (deal, contacts, checklist, key moments). */
  'handoff.exportDoc': query(z.object({ dealId: Id }), [
    'deals',
    'companies',
    'contacts',
    'activities',
    'stageHistory',
    'followUps',
    'handoffs',
    'pipelines',
    'settings',
  ]).returns<HandoffDoc>(),
};
