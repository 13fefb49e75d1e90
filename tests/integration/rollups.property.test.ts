/**
 * The dashboard's rollups are always a full recomputation: after any sequence of commands
 * through the real RPC transport (creates, edits of value / currency / source / close date /
 * probability, moves, losses, disqualifications, reopenings, wins, activities, follow-ups,
 * imports, restores, pipeline stage edits, days passing), the stored rollups and each deal's
 * stored share equal what the base tables give, and `insights.dashboard` (which reads only the
 * rollups) equals `buildDashboard` over the raw records for every period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWonDeal } from '../../src/shared/domains/handoff/testing/wonDeal';
import { buildDashboard } from '../../src/shared/domains/insights/dashboard';
import { PERIODS } from '../../src/shared/domains/insights/types';
import {
  ACTIVITY_TYPES,
  currencyContext,
  LEAD_SOURCES,
  type TransitionRequest,
} from '../../src/shared/model';
import type { RpcClient } from '../../src/shared/rpc/client';
import type { FieldlineDB } from '../../src/shared/store/db';
import { allRollups, type FactRow } from '../../src/shared/store/rollups';
import { startHarness } from '../../src/shared/store/testing/harness';

const DAY = 86_400_000;
const CURRENCIES = [undefined, 'USD', 'EUR', 'CHF'] as const;
const KINDS = ['custom', 'sql', 'mql'] as const;

type Action =
  | { kind: 'create'; cents: number; source: number }
  | {
      kind: 'update';
      pick: number;
      cents: number;
      currency: number;
      source: number;
      close: number | null;
      p: number | null;
    }
  | { kind: 'move'; pick: number; stage: number }
  | { kind: 'lose' | 'disqualify' | 'win'; pick: number }
  | { kind: 'reopen'; pick: number; stage: number }
  | { kind: 'activity'; pick: number; type: number; daysAgo: number }
  | { kind: 'followUp'; pick: number }
  | { kind: 'import'; cents: number; pick: number; update: boolean }
  | { kind: 'restore' }
  | { kind: 'addStage'; at: number; stageKind: number }
  | { kind: 'removeStage'; stage: number; moveTo: number }
  | { kind: 'reorder'; seed: number }
  | { kind: 'updateStage'; stage: number; stageKind: number; p: number }
  | { kind: 'days'; days: number };

const pick = fc.nat(40);
const stage = fc.nat(12);
const cents = fc.nat(9_000_000);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), cents, source: fc.nat(8) }),
  fc.record({
    kind: fc.constant('update' as const),
    pick,
    cents,
    currency: fc.nat(3),
    source: fc.nat(8),
    close: fc.option(fc.integer({ min: -60, max: 120 })),
    p: fc.option(fc.integer({ min: 0, max: 20 })),
  }),
  fc.record({ kind: fc.constant('move' as const), pick, stage }),
  fc.record({ kind: fc.constantFrom('lose' as const, 'disqualify' as const, 'win' as const), pick }),
  fc.record({ kind: fc.constant('reopen' as const), pick, stage }),
  fc.record({ kind: fc.constant('activity' as const), pick, type: fc.nat(4), daysAgo: fc.nat(400) }),
  fc.record({ kind: fc.constant('followUp' as const), pick }),
  fc.record({ kind: fc.constant('import' as const), cents, pick, update: fc.boolean() }),
  fc.constant({ kind: 'restore' as const }),
  fc.record({ kind: fc.constant('addStage' as const), at: fc.nat(10), stageKind: fc.nat(2) }),
  fc.record({ kind: fc.constant('removeStage' as const), stage, moveTo: stage }),
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.nat(1000) }),
  fc.record({ kind: fc.constant('updateStage' as const), stage, stageKind: fc.nat(2), p: fc.nat(10) }),
  fc.record({ kind: fc.constant('days' as const), days: fc.integer({ min: 1, max: 40 }) }),
);

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
const dateIn = (now: number, days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);

async function perform(
  client: RpcClient,
  db: FieldlineDB,
  a: Action,
  backup: string,
  now: number,
): Promise<void> {
  const deals = await db.deals.orderBy('id').toArray();
  const deal = 'pick' in a ? at(deals, a.pick) : undefined;
  const [pipeline] = await client.call('pipelines.list', {});
  const stages = pipeline!.stages;
  const stageAt = (i: number) => at(stages, i)!;
  const transition = (request: TransitionRequest) =>
    deal ? client.call('deals.transition', { dealId: deal.id, request }) : undefined;
  switch (a.kind) {
    case 'create':
      await client.call('deals.create', {
        title: `Deal ${a.cents}`,
        companyName: 'Ironbark Capital',
        contactName: 'Ada Park',
        contactEmail: '',
        source: LEAD_SOURCES[a.source]!,
        value: a.cents / 100,
      });
      return;
    case 'update': {
      if (!deal) return;
      const currency = CURRENCIES[a.currency];
      await client.call('deals.update', {
        id: deal.id,
        patch: {
          value: a.cents / 100,
          ...(currency ? { currency } : {}),
          source: LEAD_SOURCES[a.source]!,
          expectedClose: a.close === null ? null : dateIn(now, a.close),
          probability: a.p === null ? null : a.p / 20,
        },
      });
      return;
    }
    case 'move':
      await transition({
        kind: 'move',
        toStageId: stageAt(a.stage).id,
        override: true,
        reason: 'Testing the rollups',
      });
      return;
    case 'lose':
      await transition({ kind: 'lose', reason: 'No budget' });
      return;
    case 'disqualify':
      await transition({ kind: 'disqualify', reason: 'Not a fit' });
      return;
    case 'reopen':
      await transition({ kind: 'reopen', toStageId: stageAt(a.stage).id, reason: 'Back' });
      return;
    case 'win':
      await transition({
        kind: 'win',
        override: true,
        reason: 'Testing the rollups',
        outcome: {
          kind: 'won',
          signedDate: dateIn(now, 0),
          contractValue: (deal?.value ?? 0) + 0.5,
          termMonths: 12,
          poNumber: '',
          commission: { type: 'rate', value: 0.1 },
          reference: false,
          testimonial: false,
          caseStudy: false,
          reason: 'Best fit',
        },
      });
      return;
    case 'activity':
      if (deal) {
        const type = ACTIVITY_TYPES[a.type]!;
        const signal = type === 'signal' ? { signal: 'website-visit' as const } : {};
        // Logged now, or dated in the past (a call written up later).
        const when = a.daysAgo ? { at: now - a.daysAgo * DAY + 1 } : {};
        await client.call('activities.log', { dealId: deal.id, type, ...signal, ...when, subject: 'x' });
      }
      return;
    case 'followUp': {
      if (!deal) return;
      const f = await client.call('followUps.create', { dealId: deal.id, dueAt: now + DAY, type: 'call' });
      await client.call('followUps.complete', { id: f.id });
      return;
    }
    case 'import':
      await client.call('import.commit', {
        candidates: [1, 2].map((row) => ({
          row,
          title: `Imported ${a.cents}-${row}`,
          companyName: 'Tidewater Logistics',
          contactName: 'Bo Lind',
          email: '',
          phone: '',
          jobTitle: 'COO',
          value: a.cents / 100,
          source: 'event' as const,
          stageId: stageAt(row).id,
          expectedClose: dateIn(now, row * 20),
          industry: 'Logistics',
          notes: '',
        })),
        decisions: [a.update && deal ? { update: deal.id } : 'add', 'add'],
      });
      return;
    case 'restore':
      await client.call('backup.restore', { text: backup });
      return;
    case 'addStage':
      await client.call('pipelines.addStage', {
        pipelineId: pipeline!.id,
        atIndex: a.at % (stages.length + 1),
        stage: { name: `Stage ${a.at}`, kind: KINDS[a.stageKind]!, probability: 0.35 },
      });
      return;
    case 'removeStage': {
      const gone = stageAt(a.stage);
      const moveTo = stages.filter((s) => s.id !== gone.id);
      await client.call('pipelines.removeStage', {
        pipelineId: pipeline!.id,
        stageId: gone.id,
        moveTo: at(moveTo, a.moveTo)?.id,
      });
      return;
    }
    case 'reorder': {
      const ids = stages.map((s) => s.id);
      const orderedIds = ids.map((_, i) => ids[(i * 7 + a.seed) % ids.length]!);
      await client.call('pipelines.reorderStages', {
        pipelineId: pipeline!.id,
        orderedIds: new Set(orderedIds).size === ids.length ? orderedIds : [...ids].reverse(),
      });
      return;
    }
    case 'updateStage':
      await client.call('pipelines.updateStage', {
        pipelineId: pipeline!.id,
        stageId: stageAt(a.stage).id,
        patch: { kind: KINDS[a.stageKind]!, probability: a.p / 10 },
      });
      return;
    case 'days':
      return;
  }
}

/** The stored rollups and shares against a recomputation, and every period's dashboard against the pure one. */
async function expectRollupsCurrent(db: FieldlineDB, client: RpcClient, now: number) {
  const tables = await db.transaction(
    'r',
    [db.deals, db.stageHistory, db.activities, db.pipelines, db.settings, db.rollups, db.rollupFacts],
    async () => ({
      deals: await db.deals.toArray(),
      history: await db.stageHistory.toArray(),
      activities: await db.activities.toArray(),
      pipelines: await db.pipelines.toArray(),
      settings: (await db.settings.get('settings'))?.value,
      rollups: await db.rollups.orderBy('id').toArray(),
      facts: await db.rollupFacts.orderBy('dealId').toArray(),
    }),
  );
  const expected = allRollups(tables.deals, tables.history, tables.activities, tables.pipelines);
  expect(tables.rollups).toEqual(expected.rows.sort((a, b) => (a.id < b.id ? -1 : 1)));
  // Each deal's share (a pipeline's stored signature only says when its rollups were last recomputed).
  const shares = (facts: FactRow[]) => facts.filter((f) => f.signature === undefined);
  expect(shares(tables.facts)).toEqual(shares(expected.facts).sort((a, b) => (a.dealId < b.dealId ? -1 : 1)));
  const settings = await client.call('settings.get', {});
  for (const pipeline of tables.pipelines)
    for (const period of PERIODS) {
      const dashboard = await client.call('insights.dashboard', { pipelineId: pipeline.id, period });
      expect(dashboard).toEqual(
        buildDashboard({
          pipeline,
          deals: tables.deals,
          history: tables.history,
          activities: tables.activities,
          period,
          now,
          money: currencyContext(settings),
        }),
      );
    }
}

describe('the dashboard rollups', () => {
  it('equal a full recomputation, and the dashboard the pure one, after any sequence of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
        const h = await startHarness();
        const client = h.connect();
        try {
          await client.call('settings.update', { patch: { exchangeRates: { EUR: 1.1 } } });
          await client.call('sample.load', { count: 8, seed: 5 });
          await createWonDeal(client);
          // No stage gates: moves, wins and reopenings go through (what they change is the point here).
          const [pipeline] = await client.call('pipelines.list', {});
          for (const s of pipeline!.stages)
            await client.call('pipelines.updateStage', {
              pipelineId: pipeline!.id,
              stageId: s.id,
              patch: { gates: [] },
            });
          await expectRollupsCurrent(h.host.db, client, h.clock.now());
          const backup = JSON.stringify(await client.call('backup.export', {}));
          for (const a of actions) {
            // A refused command (a gate, a stage still holding deals) rolls back whole: the rollups with it.
            await perform(client, h.host.db, a, backup, h.clock.now()).catch(() => undefined);
            h.clock.advance(a.kind === 'days' ? a.days * DAY : 3_600_000);
          }
          await expectRollupsCurrent(h.host.db, client, h.clock.now());
        } finally {
          await h.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
