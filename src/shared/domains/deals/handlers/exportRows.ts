import { DAY_MS, stageById, weightedValue } from '../../../engine';
import { getPipelineOrThrow } from '../../../store/lookups';
import { readSettings } from '../../../store/derive';
import type { HandlerTable } from '../../../store/handlerTable';
import type { DealExportRow } from '../contract';

const isoDays = (ms: number) => Math.max(0, Math.floor(ms / DAY_MS));

/** The deals of a pipeline as the CSV export writes them, each amount with its currency. */
export const exportRowsHandler: HandlerTable<'deals.exportRows'> = {
  async 'deals.exportRows'({ pipelineId }, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.pipelines, db.deals, db.contacts, db.settings], async () => {
      const pipeline = await getPipelineOrThrow(ctx, pipelineId);
      const deals = await db.deals
        .where('[pipelineId+stageId]')
        .between([pipeline.id, ''], [pipeline.id, '\uffff'])
        .toArray();
      const order = new Map(pipeline.stages.map((s, i) => [s.id, i]));
      deals.sort(
        (a, b) =>
          (order.get(a.stageId) ?? 0) - (order.get(b.stageId) ?? 0) ||
          a.createdAt - b.createdAt ||
          a.id.localeCompare(b.id),
      );
      const firsts = await db.contacts.bulkGet(deals.map((d) => d.contacts[0]?.contactId ?? ''));
      const now = ctx.now();
      const home = (await readSettings(ctx)).currency;
      const rows = deals.map((d, i): DealExportRow => {
        const contact = firsts[i];
        return {
          title: d.title,
          companyName: d.companyName,
          contactName: contact?.name ?? '',
          email: contact?.email ?? '',
          phone: contact?.phone ?? '',
          stageName: stageById(pipeline, d.stageId)?.name ?? '',
          status: d.status,
          value: d.value,
          currency: d.currency ?? home,
          weightedValue: Math.round(weightedValue(d, pipeline) * 100) / 100,
          score: d.score,
          source: d.source,
          expectedClose: d.expectedClose,
          nextStepAt: d.nextFollowUpAt,
          daysInStage: isoDays(now - d.stageEnteredAt),
        };
      });
      return { pipelineName: pipeline.name, rows };
    });
  },
};
