import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../src/shared/engine';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { FLEET_PILOT } from './testing/fleetPilot';

const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

async function harness(options: Parameters<typeof startHarness>[0] = {}) {
  const h = await startHarness(options);
  harnesses.push(h);
  return h;
}

/** `count` follow-ups due over the past hour, and one due later. */
async function seed(client: RpcClient, now: number, count: number) {
  const deal = await client.call('deals.create', FLEET_PILOT);
  const due: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = await client.call('followUps.create', {
      dealId: deal.id,
      dueAt: now - i * 60_000,
      type: 'call',
    });
    due.push(f.id);
  }
  await client.call('followUps.create', { dealId: deal.id, dueAt: now + HOUR_MS, type: 'task' });
  return due;
}

/** Every claim's ids: none may appear twice, and together they are exactly `expected`. */
function expectClaimedOnce(claims: { claimed: { id: string }[] }[], expected: string[]) {
  const ids = claims.flatMap((c) => c.claimed.map((f) => f.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...expected].sort());
}

describe('followUps.claimDue', () => {
  it('two concurrent claims on one store never return the same reminder', async () => {
    const h = await harness();
    const [a, b] = [h.connect(), h.connect()];
    const now = h.clock.now();
    const due = await seed(a, now, 12);
    const claims = await Promise.all(
      [a, b, a, b, a, b].map((client) => client.call('followUps.claimDue', { until: now })),
    );
    expectClaimedOnce(claims, due);
    for (const claim of claims) expect(claim.nextDue).toBe(now + HOUR_MS);
  });

  it('two stores on one database (two browser tabs) never claim the same reminder', async () => {
    const indexedDB = new IDBFactory();
    const first = await harness({ indexedDB, name: 'fieldline-shared' });
    const second = await harness({ indexedDB, name: 'fieldline-shared' });
    const [a, b] = [first.connect(), second.connect()];
    const now = first.clock.now();
    const due = await seed(a, now, 12);
    const claims = await Promise.all(
      [a, b, a, b].map((client) => client.call('followUps.claimDue', { until: now })),
    );
    expectClaimedOnce(claims, due);
    const agenda = await b.call('followUps.agenda', {});
    expect(
      agenda
        .filter((f) => f.firedAt === now)
        .map((f) => f.id)
        .sort(),
    ).toEqual([...due].sort());
  });

  it('is silent bookkeeping, and a claim that finds nothing due tells no one', async () => {
    const h = await harness();
    const client = h.connect();
    const now = h.clock.now();
    await seed(client, now, 1);
    const events: { method: string; silent: boolean }[] = [];
    h.host.service.onChange((event) => events.push(event));
    await client.call('followUps.claimDue', { until: now });
    await client.call('followUps.claimDue', { until: now });
    expect(events).toEqual([expect.objectContaining({ method: 'followUps.claimDue', silent: true })]);
  });

  it('a check with nothing due takes no write: a save never queues behind it', async () => {
    /** The read-write transactions that cover follow-ups, opened while counting. */
    const counted = { on: false, writes: 0 };
    const h = await harness({
      middlewares: [
        {
          stack: 'dbcore',
          name: 'count-writes',
          create: (down) => ({
            ...down,
            transaction(stores, mode, options) {
              if (counted.on && mode === 'readwrite' && stores.includes('followUps')) counted.writes++;
              return down.transaction(stores, mode, options);
            },
          }),
        },
      ],
    });
    const client = h.connect();
    const now = h.clock.now();
    const due = await seed(client, now, 3);
    expectClaimedOnce([await client.call('followUps.claimDue', { until: now })], due);
    counted.on = true;
    const again = await client.call('followUps.claimDue', { until: now });
    expect(again).toEqual({ claimed: [], nextDue: now + HOUR_MS });
    expect(counted.writes).toBe(0);
    // Something due again: it is claimed, in one write.
    const later = await client.call('followUps.claimDue', { until: now + HOUR_MS });
    expect(later.claimed).toHaveLength(1);
    expect(later.nextDue).toBeNull();
    expect(counted.writes).toBe(1);
  });
});
