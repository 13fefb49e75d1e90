/**
 * What the store accepts, restore accepts — and what it refuses, it refuses at the door with a
 * typed error, changing nothing. Reproduces the symptoms reported in issue 16.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => h.close());

const lead = {
  title: 'Fleet pilot',
  companyName: 'Harbor Mobility',
  contactName: '',
  contactEmail: '',
  source: 'event' as const,
  value: 0,
};
const roundTrip = async () =>
  client.call('backup.restore', { text: JSON.stringify(await client.call('backup.export', {})) });
const fingerprint = async () => JSON.stringify((await client.call('backup.export', {})).tables);

describe('keys: what the store accepts, a backup restores', () => {
  it('an MQL question named "Constructor", ticked on a deal, still round-trips', async () => {
    const settings = await client.call('settings.get', {});
    await client.call('settings.update', {
      patch: { mqlQuestions: [...settings.mqlQuestions, { id: 'constructor', text: 'Constructor' }] },
    });
    const deal = await client.call('deals.create', lead);
    await client.call('deals.update', {
      id: deal.id,
      patch: { mqlAnswers: { constructor: true, prototype: true, toString: true } },
    });
    await expect(roundTrip()).resolves.toMatchObject({ counts: { deals: 1 } });
    const restored = await client.call('deals.get', { id: deal.id });
    expect(Object.entries(restored.deal.mqlAnswers)).toEqual(
      expect.arrayContaining([
        ['constructor', true],
        ['prototype', true],
      ]),
    );
  });

  it('scoring weights keyed "constructor" round-trip', async () => {
    const settings = await client.call('settings.get', {});
    await client.call('settings.update', {
      patch: {
        scoring: { ...settings.scoring, roleWeights: { ...settings.scoring.roleWeights, constructor: 7 } },
      },
    });
    await expect(roundTrip()).resolves.toBeDefined();
    expect((await client.call('settings.get', {})).scoring.roleWeights).toHaveProperty('constructor', 7);
  });

  it('"__proto__" as a key is refused at the door, typed, and nothing changes', async () => {
    const deal = await client.call('deals.create', lead);
    const before = await fingerprint();
    const payload = JSON.parse(
      '{"id":"ID","patch":{"mqlAnswers":{"__proto__":true}}}'.replace('ID', deal.id),
    ) as never;
    await expect(client.call('deals.update', payload)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await fingerprint()).toBe(before);
  });
});

describe('dates and sizes are range-checked at the boundary', () => {
  it.each([
    ['a due date past the end of time', 9007199254740991],
    ['a due date Date cannot represent', 9e15],
    ['a negative time', -1],
  ])('refuses %s for a follow-up', async (_what, dueAt) => {
    const deal = await client.call('deals.create', lead);
    const before = await fingerprint();
    await expect(
      client.call('followUps.create', { dealId: deal.id, dueAt, type: 'call', note: '' }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses an activity at 9e15', async () => {
    const deal = await client.call('deals.create', lead);
    await expect(
      client.call('activities.log', { dealId: deal.id, type: 'call', at: 9e15 }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it.each(['2026-02-30', '9999-99-99', '0000-00-00', '2026-13-01', '2025-02-29'])(
    'refuses %s as an expected-close date',
    async (expectedClose) => {
      const deal = await client.call('deals.create', lead);
      await expect(
        client.call('deals.update', { id: deal.id, patch: { expectedClose } }),
      ).rejects.toMatchObject({ code: 'invalid-input' });
    },
  );

  it('accepts real dates, leap days included', async () => {
    const deal = await client.call('deals.create', lead);
    await expect(
      client.call('deals.update', { id: deal.id, patch: { expectedClose: '2028-02-29' } }),
    ).resolves.toMatchObject({ expectedClose: '2028-02-29' });
  });

  it('bounds maps such as mqlAnswers', async () => {
    const deal = await client.call('deals.create', lead);
    const huge = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`q${i}`, true]));
    await expect(
      client.call('deals.update', { id: deal.id, patch: { mqlAnswers: huge } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('every refusal is typed', () => {
  it('a follow-up for a contact that does not exist is not-found, and nothing is written', async () => {
    const before = await fingerprint();
    await expect(
      client.call('followUps.create', {
        dealId: null,
        contactId: 'no-such-contact',
        dueAt: h.clock.now(),
        type: 'call',
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await fingerprint()).toBe(before);
  });

  it('loading the sample pipeline twice with the same seed is a conflict in plain words, not a raw ConstraintError', async () => {
    await client.call('sample.load', { count: 5, seed: 3 });
    const before = await fingerprint();
    const error = await client.call('sample.load', { count: 5, seed: 3 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'conflict' });
    expect(String((error as Error).message)).not.toMatch(/ConstraintError|Key already exists/);
    expect(await fingerprint()).toBe(before);
  });

  it('a deeply nested payload is invalid-input (and the store keeps serving)', async () => {
    let nested: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) nested = { nested };
    await expect(
      h.host.service.call('deals.search', { text: 'x', limit: 5, extra: nested }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      client.call('deals.search', { text: 'x', limit: 5, deep: nested } as never),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(client.call('system.info', {})).resolves.toBeDefined();
  });
});
