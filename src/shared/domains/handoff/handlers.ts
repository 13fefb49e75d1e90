import { FollowUp, HandoffChecklist, type HandoffItem } from '../../model';
import type { handoffMethods } from './contract';
import { RpcError } from '../../rpc/protocol';
import { buildHandoffChecklist } from './build';
import { buildHandoffDoc } from './doc';
import { addItem, moveItem, removeItem, updateItem, type EditResult } from './edit';
import { milestoneFollowUpId, planMilestoneFollowUp } from './milestones';
import type { StoreContext } from '../../store/context';
import { readSettings, refreshDeal } from '../../store/derive';
import { getDealOrThrow, readDealDetail } from '../../store/lookups';
import type { HandlerTable } from '../../store/handlerTable';

async function checklistOf(ctx: StoreContext, dealId: string): Promise<HandoffChecklist | undefined> {
  return ctx.db.handoffs.where('dealId').equals(dealId).first();
}

/** Which item changed, for the milestone follow-up: from `before` to `after` (null = gone). */
type Link = (
  result: Extract<EditResult, { ok: true }>,
) => { before: HandoffItem | null; after: HandoffItem | null } | null;

const LINKS = {
  update: ((r) => ({ before: r.before, after: r.item })) satisfies Link,
  add: ((r) => ({ before: null, after: r.item })) satisfies Link,
  remove: ((r) => ({ before: r.item, after: null })) satisfies Link,
  none: (() => null) satisfies Link,
};

/** One checklist edit in one transaction: apply, validate, save, keep the linked follow-up in step. */
async function editChecklist(
  ctx: StoreContext,
  dealId: string,
  edit: (checklist: HandoffChecklist, now: number) => EditResult,
  link: Link,
): Promise<HandoffChecklist> {
  return ctx.write(async () => {
    const deal = await getDealOrThrow(ctx, dealId);
    const checklist = await checklistOf(ctx, dealId);
    if (!checklist) throw new RpcError('not-found', 'This deal has no handoff checklist yet.');
    const now = ctx.now();
    const result = edit(checklist, now);
    if (!result.ok) throw new RpcError(result.code === 'full' ? 'conflict' : 'not-found', result.message);
    const checked = HandoffChecklist.safeParse(result.checklist);
    if (!checked.success)
      throw new RpcError(
        'invalid-input',
        'That change would make the checklist invalid.',
        checked.error.issues,
      );
    await ctx.db.handoffs.put(checked.data);
    const changed = link(result);
    if (changed) {
      const itemId = (changed.after ?? changed.before)?.id ?? '';
      const existing = await ctx.db.followUps.get(milestoneFollowUpId(itemId));
      const planned = planMilestoneFollowUp({
        existing,
        before: changed.before,
        item: changed.after,
        dealId,
        dealTitle: deal.title,
        now,
      });
      if (planned) {
        // A real day can still lie outside the times a follow-up may be due (before 1970).
        const due = FollowUp.safeParse(planned);
        if (!due.success)
          throw new RpcError(
            'invalid-input',
            'A follow-up cannot be due on that day; choose a date from 1970 on.',
            due.error.issues,
          );
        await ctx.db.followUps.put(due.data);
        await refreshDeal(ctx, dealId);
      }
    }
    return checked.data;
  });
}

export const handoffHandlers: HandlerTable<keyof typeof handoffMethods> = {
  async 'handoff.get'({ dealId }, ctx) {
    await getDealOrThrow(ctx, dealId);
    return (await checklistOf(ctx, dealId)) ?? null;
  },

  async 'handoff.create'({ dealId }, ctx) {
    return ctx.write(async () => {
      const detail = await readDealDetail(ctx, dealId);
      if (detail.deal.status !== 'won')
        throw new RpcError('conflict', 'Only a won deal gets a handoff checklist.');
      if (detail.handoff) throw new RpcError('conflict', 'This deal already has a handoff checklist.');
      const settings = await readSettings(ctx);
      const checklist = buildHandoffChecklist({
        deal: detail.deal,
        contacts: detail.contacts,
        activities: detail.activities,
        template: settings.handoffTemplate,
        currency: settings.currency,
        newId: ctx.newId,
        now: ctx.now(),
      });
      await ctx.db.handoffs.add(checklist);
      return checklist;
    });
  },

  async 'handoff.updateItem'({ dealId, sectionId, itemId, patch }, ctx) {
    return editChecklist(ctx, dealId, (c, now) => updateItem(c, sectionId, itemId, patch, now), LINKS.update);
  },

  async 'handoff.addItem'({ dealId, sectionId, label, value, date, atIndex }, ctx) {
    const item: HandoffItem = { id: ctx.newId(), label, value, done: false, date };
    return editChecklist(ctx, dealId, (c, now) => addItem(c, sectionId, item, now, atIndex), LINKS.add);
  },

  async 'handoff.removeItem'({ dealId, sectionId, itemId }, ctx) {
    return editChecklist(ctx, dealId, (c, now) => removeItem(c, sectionId, itemId, now), LINKS.remove);
  },

  async 'handoff.moveItem'({ dealId, sectionId, itemId, toIndex }, ctx) {
    return editChecklist(ctx, dealId, (c, now) => moveItem(c, sectionId, itemId, toIndex, now), LINKS.none);
  },

  async 'handoff.exportDoc'({ dealId }, ctx) {
    const { db } = ctx;
    return db.transaction(
      'r',
      [
        db.deals,
        db.companies,
        db.contacts,
        db.activities,
        db.stageHistory,
        db.followUps,
        db.handoffs,
        db.pipelines,
        db.settings,
      ],
      async () => {
        const detail = await readDealDetail(ctx, dealId);
        const [pipeline, settings] = await Promise.all([
          db.pipelines.get(detail.deal.pipelineId),
          readSettings(ctx),
        ]);
        const doc = buildHandoffDoc({ detail, pipeline: pipeline ?? null, settings, now: ctx.now() });
        if (!doc)
          throw new RpcError(
            'not-found',
            'This deal has no handoff checklist yet, so there are no notes to export.',
          );
        return doc;
      },
    );
  },
};
