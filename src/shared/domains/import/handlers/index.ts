import { type Deal } from '../../../model';
import { scoreLead, stageById } from '../../../engine';
import type { importMethods } from '../contract';
import type { ExistingDeal } from '../duplicates';
import { RpcError } from '../../../rpc/protocol';
import { readSettings } from '../../../store/derive';
import { getPipelineOrThrow } from '../../../store/lookups';
import type { HandlerTable } from '../../../store/handlerTable';
import { addDeal, companyFinder, updateDeal } from './rows';

export const importHandlers: HandlerTable<keyof typeof importMethods> = {
  async 'import.commit'({ pipelineId, candidates, decisions }, ctx) {
    const result = { added: 0, updated: 0, skipped: 0 };
    const touched: string[] = [];
    const pipeline = await ctx.write(async () => {
      const target = await getPipelineOrThrow(ctx, pipelineId);
      const bad = candidates.find((c) => !stageById(target, c.stageId));
      if (bad)
        throw new RpcError(
          'invalid-input',
          `Row ${bad.row}: stage "${bad.stageId}" is not a stage of ${target.name}. Nothing was imported.`,
        );
      const settings = await readSettings(ctx);
      const scoreOf = (deal: Deal) => scoreLead({ deal, activities: [], settings, now: ctx.now() }).score;
      const findCompany = await companyFinder(ctx);
      for (const [i, c] of candidates.entries()) {
        const decision = decisions[i] ?? 'skip';
        if (decision === 'skip') result.skipped += 1;
        else if (decision === 'add') {
          await addDeal(ctx, c, target.id, await findCompany(c.companyName, c), scoreOf);
          result.added += 1;
        } else {
          await updateDeal(ctx, decision.update, c, findCompany);
          touched.push(decision.update);
          result.updated += 1;
        }
      }
      return target;
    });
    return { pipelineId: pipeline.id, ...result };
  },

  async 'import.existingKeys'(_input, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.deals, db.contacts], async () => {
      const [deals, contacts] = await Promise.all([db.deals.toArray(), db.contacts.toArray()]);
      const emailOf = new Map(contacts.map((c) => [c.id, c.email]));
      return deals.flatMap((d): ExistingDeal[] => {
        const emails = d.contacts.map((l) => emailOf.get(l.contactId) ?? '').filter(Boolean);
        const base = { id: d.id, companyName: d.companyName, title: d.title };
        return emails.length ? emails.map((email) => ({ ...base, email })) : [{ ...base, email: '' }];
      });
    });
  },
};
