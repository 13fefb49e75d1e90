import type { Contact, Deal, FollowUp } from '../../model';
import { FOLLOW_UP_TYPE_LABELS } from '../../model/values';
import type { PlaceholderValues } from './placeholders';

export interface TemplateContext {
  deal: Pick<Deal, 'title' | 'companyName'>;
  /** The person the message is for (null: none chosen, or the deal has none). */
  contact: Pick<Contact, 'name'> | null;
  /** The name of the deal's current stage. */
  stageName: string;
  /** The deal's follow-ups (any status): the earliest open one is its next step. */
  followUps: readonly Pick<FollowUp, 'dueAt' | 'type' | 'note' | 'status'>[];
  repName: string;
  /** How a due date reads in the message (the UI passes the rep's locale). */
  formatDay(at: number): string;
}

/** The first word of a person's name ("Maria" of "Maria Lopez"). */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** The deal's next step in words: the earliest open follow-up, "Demo for the ops team on 4 Dec". */
export function nextStepText(ctx: Pick<TemplateContext, 'followUps' | 'formatDay'>): string {
  const next = ctx.followUps
    .filter((f) => f.status === 'open')
    .reduce<TemplateContext['followUps'][number] | null>((a, f) => (a && a.dueAt <= f.dueAt ? a : f), null);
  if (!next) return '';
  const what = next.note.split('\n')[0]?.trim() || FOLLOW_UP_TYPE_LABELS[next.type].toLowerCase();
  return `${what} on ${ctx.formatDay(next.dueAt)}`;
}

/** Every placeholder's value for one deal and contact; blank where the data has none. */
export function placeholderValues(ctx: TemplateContext): PlaceholderValues {
  return {
    firstName: ctx.contact ? firstNameOf(ctx.contact.name) : '',
    company: ctx.deal.companyName,
    deal: ctx.deal.title,
    stage: ctx.stageName,
    nextStep: nextStepText(ctx),
    myName: ctx.repName,
  };
}
