import { z } from 'zod';
import { DateOnly, Id, LongText, ShortText, Timestamp } from './common';

export const HandoffItem = z.object({
  id: Id,
  label: ShortText.min(1),
  value: LongText,
  done: z.boolean(),
  /** Milestone items carry a date; each becomes a follow-up. */
  date: DateOnly.nullable(),
});
export type HandoffItem = z.infer<typeof HandoffItem>;

export const HandoffSection = z.object({
  id: Id,
  key: ShortText,
  title: ShortText.min(1),
  items: z.array(HandoffItem).max(200),
});
export type HandoffSection = z.infer<typeof HandoffSection>;

export const HandoffChecklist = z.object({
  id: Id,
  dealId: Id,
  sections: z.array(HandoffSection).max(50),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type HandoffChecklist = z.infer<typeof HandoffChecklist>;

/** A template section: the items are labels the checklist starts with. */
export const HandoffTemplateSection = z.object({
  key: ShortText.min(1),
  title: ShortText.min(1),
  items: z.array(ShortText.min(1)).max(100),
});
export const HandoffTemplate = z.array(HandoffTemplateSection).max(50);
export type HandoffTemplate = z.infer<typeof HandoffTemplate>;
