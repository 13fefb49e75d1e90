/**
 * The dashboard's rollups are always a full recomputation: after any sequence of commands
 * through the real RPC transport (creates, edits of value / currency / source / close date /
 * probability, moves, losses, disqualifications, reopenings, wins, activities, follow-ups,
 * imports, restores, pipeline stage edits, days passing), the stored rollups and each deal's
 * stored share equal what the base tables give, and `insights.dashboard` (which reads only the
 * rollups) equals `buildDashboard` over the raw records for every period.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { startHarness } from '../../src/shared/store/testing/harness';
import { action, DAY, expectRollupsCurrent, perform, prepare } from './testing/rollupActions';

describe('the dashboard rollups', () => {
  it('equal a full recomputation, and the dashboard the pure one, after any sequence of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
        const h = await startHarness();
        const client = h.connect();
        try {
          await prepare(client);
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
