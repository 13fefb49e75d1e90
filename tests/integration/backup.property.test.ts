/**
 * Property: whatever the store accepted — through random valid sequences of commands, with
 * hostile but accepted text and keys — exports as a backup that restores into an equal database.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { BackupFile } from '../../src/shared/domains/backup/format';
import type { RpcClient } from '../../src/shared/rpc/client';
import { startHarness } from '../../src/shared/store/testing/harness';

vi.setConfig({ testTimeout: 240_000 });

/** Text a rep (or an attacker) could type: markup, formula prefixes, RTL, emoji, quotes, newlines. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '+1+2',
    '-cmd',
    '@SUM(A1)',
    '\u202Eevil\u202C',
    'מחיר שקוף',
    '"quoted", comma',
    'line\nbreak\r\n',
    '🚀 rocket',
    '\u0000nul',
    'constructor',
    '__proto__',
  ),
  fc.string({ maxLength: 40 }),
);
/** Keys the store accepts (everything but "__proto__"), biased towards the awkward ones. */
const hostileKey = fc
  .oneof(
    fc.constantFrom(
      'constructor',
      'prototype',
      'Constructor ',
      '__proto__x',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '0',
      'ключ',
      '\u202Ekey',
    ),
    fc.string({ minLength: 1, maxLength: 20 }),
  )
  .filter((key) => key !== '__proto__');

type Step =
  | { kind: 'deal'; title: string; company: string; value: number }
  | { kind: 'answers'; dealIndex: number; answers: Record<string, boolean> }
  | { kind: 'notes'; dealIndex: number; notes: string }
  | { kind: 'log'; dealIndex: number; subject: string; body: string }
  | { kind: 'followUp'; dealIndex: number; note: string; inDays: number }
  | { kind: 'weights'; weights: Record<string, number> }
  | { kind: 'question'; id: string; text: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('deal' as const),
    title: hostileText.map((t) => t.trim() || 'x'),
    company: hostileText,
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('answers' as const),
    dealIndex: fc.nat(),
    answers: fc.dictionary(hostileKey, fc.boolean(), { maxKeys: 8 }),
  }),
  fc.record({ kind: fc.constant('notes' as const), dealIndex: fc.nat(), notes: hostileText }),
  fc.record({
    kind: fc.constant('log' as const),
    dealIndex: fc.nat(),
    subject: hostileText,
    body: hostileText,
  }),
  fc.record({
    kind: fc.constant('followUp' as const),
    dealIndex: fc.nat(),
    note: hostileText,
    inDays: fc.integer({ min: -30, max: 365 }),
  }),
  fc.record({
    kind: fc.constant('weights' as const),
    weights: fc.dictionary(hostileKey, fc.integer({ min: 0, max: 100 }), { maxKeys: 6 }),
  }),
  fc.record({
    kind: fc.constant('question' as const),
    id: hostileKey,
    text: hostileText.map((t) => t.trim() || 'Why?'),
  }),
);

async function apply(client: RpcClient, steps: Step[], now: number): Promise<void> {
  const deals: string[] = [];
  const pick = (i: number) => deals[i % deals.length];
  for (const s of steps) {
    if (s.kind === 'deal') {
      deals.push(
        (
          await client.call('deals.create', {
            title: s.title,
            companyName: s.company,
            contactName: '',
            contactEmail: '',
            source: 'event',
            value: s.value,
          })
        ).id,
      );
      continue;
    }
    if (s.kind === 'weights') {
      const { scoring } = await client.call('settings.get', {});
      await client.call('settings.update', {
        patch: { scoring: { ...scoring, roleWeights: { ...scoring.roleWeights, ...s.weights } } },
      });
      continue;
    }
    if (s.kind === 'question') {
      const { mqlQuestions } = await client.call('settings.get', {});
      if (mqlQuestions.length < 30 && !mqlQuestions.some((q) => q.id === s.id))
        await client.call('settings.update', {
          patch: { mqlQuestions: [...mqlQuestions, { id: s.id, text: s.text }] },
        });
      continue;
    }
    const id = pick(s.dealIndex);
    if (!id) continue;
    if (s.kind === 'answers') await client.call('deals.update', { id, patch: { mqlAnswers: s.answers } });
    if (s.kind === 'notes') await client.call('deals.update', { id, patch: { notes: s.notes } });
    if (s.kind === 'log')
      await client.call('activities.log', {
        dealId: id,
        type: 'note',
        subject: s.subject.slice(0, 300),
        body: s.body,
      });
    if (s.kind === 'followUp')
      await client.call('followUps.create', {
        dealId: id,
        dueAt: now + s.inDays * 86_400_000,
        type: 'call',
        note: s.note,
      });
  }
}

/** The tables as data: records in key order (restore may write fields in another order, which means nothing). */
const tablesOf = (backup: BackupFile) =>
  Object.fromEntries(
    Object.entries(backup.tables).map(([table, rows]) => {
      const key = (row: unknown) =>
        String(
          (row as { id?: string; key?: string }).id ?? (row as { key?: string }).key ?? JSON.stringify(row),
        );
      return [table, [...(rows as unknown[])].sort((a, b) => key(a).localeCompare(key(b)))];
    }),
  );

describe('export → restore (property, through the real RPC transport)', () => {
  it('restores an equal database after any accepted sequence of commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const source = await startHarness();
        const target = await startHarness({ name: 'fieldline-restore-target' });
        try {
          await apply(source.connect(), steps, source.clock.now());
          const backup = await source.connect().call('backup.export', {});
          const client = target.connect();
          await client.call('backup.restore', { text: JSON.stringify(backup) });
          expect(tablesOf(await client.call('backup.export', {}))).toEqual(tablesOf(backup));
        } finally {
          await source.close();
          await target.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
