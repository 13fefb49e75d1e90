import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { countDue } from '../../src/shared/domains/followUps/dueCounts';
import { HOUR_MS } from '../../src/shared/engine';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { FLEET_PILOT } from './testing/fleetPilot';

const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

describe('followUps.dueCounts (the nav badge)', () => {
  it('counts in the store what bucketing every active follow-up counts (timed ones overdue once past, dated ones once their day ends), as the tray summary does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            hours: fc.integer({ min: -60, max: 60 }),
            minutes: fc.integer({ min: 0, max: 59 }),
            hasTime: fc.boolean(),
            done: fc.boolean(),
          }),
          { maxLength: 24 },
        ),
        async (specs) => {
          const h = await startHarness({});
          harnesses.push(h);
          const client = h.connect();
          const now = h.clock.now();
          const deal = await client.call('deals.create', FLEET_PILOT);
          const active: { dueAt: number; hasTime: boolean }[] = [];
          for (const { hours, minutes, hasTime, done } of specs) {
            const dueAt = now + hours * HOUR_MS + minutes * 60_000;
            const f = await client.call('followUps.create', {
              dealId: deal.id,
              dueAt,
              hasTime,
              type: 'call',
            });
            if (done) await client.call('followUps.complete', { id: f.id });
            else active.push({ dueAt: f.dueAt, hasTime: f.hasTime });
          }
          const counts = await client.call('followUps.dueCounts', { now });
          // Two numbers cross to the UI, never the follow-ups themselves.
          expect(Object.keys(counts).sort()).toEqual(['overdue', 'today']);
          expect(counts).toEqual(countDue(active, now));
          // The tray's summary counts the overdue ones by the same rule.
          expect((await client.call('followUps.summary', {})).overdue).toBe(counts.overdue);
          await h.close();
          harnesses.pop();
        },
      ),
      { numRuns: 25 },
    );
  });
});
