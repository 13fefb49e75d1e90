import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, snoozeUntil } from '../../src/shared/engine';
import type { RpcClient } from '../../src/shared/rpc/client';
import { findStaleDeals, groupAgenda } from '../../src/renderer/src/features/followups/agenda';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

const lead = (title: string) => ({
  title,
  companyName: 'Harbor Mobility',
  contactName: '',
  contactEmail: '',
  source: 'event' as const,
  value: 18000,
});

/** What the Follow-ups view computes, with the UI's clock at `now`. */
async function staleAt(now: number) {
  const [candidates, pipelines, agenda] = await Promise.all([
    client.call('followUps.staleCandidates', {}),
    client.call('pipelines.list', {}),
    client.call('followUps.agenda', {}),
  ]);
  return findStaleDeals(candidates, pipelines, agenda, now).map((s) => ({
    id: s.candidate.id,
    text: s.text,
  }));
}

describe('followUps.staleCandidates and the stale check', () => {
  it('lists open deals with the fields the check reads', async () => {
    const deal = await client.call('deals.create', lead('Fleet pilot'));
    const [candidate] = await client.call('followUps.staleCandidates', {});
    expect(candidate).toEqual({
      id: deal.id,
      title: 'Fleet pilot',
      companyName: 'Harbor Mobility',
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      status: 'open',
      source: 'event',
      stageEnteredAt: deal.stageEnteredAt,
      lastActivityAt: deal.lastActivityAt,
      nextFollowUpAt: null,
      pausedUntil: null,
      pauseNote: '',
      handoffDone: false,
    });
  });

  it('leaves out deals that left the pipeline', async () => {
    const kept = await client.call('deals.create', lead('Kept'));
    const gone = await client.call('deals.create', lead('Gone'));
    await client.call('deals.transition', {
      dealId: gone.id,
      request: { kind: 'lose', reason: 'Chose a competitor' },
    });
    expect((await client.call('followUps.staleCandidates', {})).map((c) => c.id)).toEqual([kept.id]);
  });

  it('a lead idle past its stage period is stale; a next step or a pause clears it', async () => {
    const start = h.clock.now();
    const deal = await client.call('deals.create', lead('Fleet pilot'));
    expect(await staleAt(start + 6 * DAY_MS)).toEqual([]);
    expect(await staleAt(start + 8 * DAY_MS)).toEqual([
      { id: deal.id, text: '8 days without activity in Lead Generation' },
    ]);

    const f = await client.call('followUps.create', {
      dealId: deal.id,
      dueAt: start + 9 * DAY_MS,
      type: 'call',
    });
    expect(await staleAt(start + 8 * DAY_MS)).toEqual([]);
    await client.call('followUps.complete', { id: f.id });
    expect(await staleAt(start + 8 * DAY_MS)).toHaveLength(1);

    await client.call('deals.update', {
      id: deal.id,
      patch: { pausedUntil: start + 12 * DAY_MS, pauseNote: 'Champion on holiday' },
    });
    expect(await staleAt(start + 8 * DAY_MS)).toEqual([]);
    expect(await staleAt(start + 13 * DAY_MS)).toHaveLength(1);
  });

  it('logging an activity restarts the idle time', async () => {
    const start = h.clock.now();
    const deal = await client.call('deals.create', lead('Fleet pilot'));
    h.clock.set(start + 5 * DAY_MS);
    await client.call('activities.log', {
      dealId: deal.id,
      type: 'call',
      subject: 'Intro',
      at: start + 5 * DAY_MS,
    });
    expect(await staleAt(start + 8 * DAY_MS)).toEqual([]);
    expect(await staleAt(start + 13 * DAY_MS)).toHaveLength(1);
  });
});

describe('the agenda through the store', () => {
  it('snoozing a due follow-up moves it out of Overdue to its new time', async () => {
    const now = h.clock.now();
    const deal = await client.call('deals.create', lead('Fleet pilot'));
    const f = await client.call('followUps.create', {
      dealId: deal.id,
      dueAt: now - 60_000,
      type: 'call',
      note: 'Intro',
    });
    expect(groupAgenda(await client.call('followUps.agenda', {}), now).overdue.map((i) => i.id)).toEqual([
      f.id,
    ]);

    const until = snoozeUntil('tomorrow', now, 9);
    await client.call('followUps.snooze', { id: f.id, until });
    const agenda = groupAgenda(await client.call('followUps.agenda', {}), now);
    expect(agenda.overdue).toEqual([]);
    expect(agenda.upcoming).toMatchObject([
      { id: f.id, dueAt: until, status: 'snoozed', dealTitle: 'Fleet pilot' },
    ]);
  });

  it('rescheduling to a date keeps it dated and re-arms its reminder', async () => {
    const now = h.clock.now();
    const deal = await client.call('deals.create', lead('Fleet pilot'));
    const f = await client.call('followUps.create', { dealId: deal.id, dueAt: now + HOUR_MS, type: 'email' });
    await client.call('followUps.claimDue', { until: now + HOUR_MS });
    expect((await client.call('followUps.agenda', {}))[0]?.firedAt).toBe(now + HOUR_MS);
    const day = new Date(2026, 10, 20).getTime();
    const moved = await client.call('followUps.reschedule', { id: f.id, dueAt: day, hasTime: false });
    expect(moved).toMatchObject({ dueAt: day, hasTime: false, firedAt: null, status: 'open' });
    expect((await client.call('followUps.claimDue', { until: now })).nextDue).toBe(day);
    expect(groupAgenda(await client.call('followUps.agenda', {}), now).later.map((i) => i.id)).toEqual([
      f.id,
    ]);
  });
});

// Issue 18: a won deal's handoff can stall too.
describe('stale candidates (item 1)', () => {
  it('include won deals, with whether their handoff is done', async () => {
    const [p] = await client.call('pipelines.list', {});
    const open = await client.call('deals.create', lead('Open one'));
    const won = await client.call('deals.create', lead('Won one'));
    const stored = (await h.host.db.deals.get(won.id))!;
    await h.host.db.deals.put({ ...stored, status: 'won', stageId: p!.stages[6]!.id });
    const candidates = await client.call('followUps.staleCandidates', {});
    expect(candidates.map((c) => [c.title, c.status, c.handoffDone]).sort()).toEqual([
      ['Open one', 'open', false],
      ['Won one', 'won', false],
    ]);
    expect(candidates.some((c) => c.id === open.id)).toBe(true);
  });
});
