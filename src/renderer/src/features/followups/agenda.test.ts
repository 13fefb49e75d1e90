import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, setHours, startOfDay } from 'date-fns';
import { createDefaultPipeline, DAY_MS, HOUR_MS } from '../../../../shared/engine';
import { makeFollowUp } from '../../../../shared/model';
import type { AgendaItem, StaleCandidate } from '../../../../shared/domains/followUps/contract';
import { countDue } from '../../../../shared/domains/followUps/dueCounts';
import { findStaleDeals, freshClocks, groupAgenda } from './agenda';

/** Tuesday 3 November 2026, 10:00 local time. */
const NOW = new Date(2026, 10, 3, 10, 0, 0).getTime();
let n = 0;
const pipeline = createDefaultPipeline(() => `stage-${++n}`, NOW);
const leadGen = pipeline.stages[0]!;

function item(dueAt: number, hasTime = true, dealId = 'deal-1', id = `f-${dueAt}-${hasTime}`): AgendaItem {
  return {
    ...makeFollowUp({ id, dueAt, type: 'call', dealId, hasTime }, NOW),
    dealTitle: 'Acme',
    companyName: 'Acme Inc',
  };
}

function candidate(overrides: Partial<StaleCandidate> = {}): StaleCandidate {
  return {
    id: 'deal-1',
    title: 'Fleet pilot',
    companyName: 'Harbor',
    pipelineId: pipeline.id,
    stageId: leadGen.id,
    status: 'open',
    source: 'event',
    stageEnteredAt: NOW - 10 * DAY_MS,
    lastActivityAt: NOW - 10 * DAY_MS,
    nextFollowUpAt: null,
    pausedUntil: null,
    pauseNote: '',
    ...overrides,
  };
}

describe('groupAgenda', () => {
  it('puts each follow-up in its local-time bucket, earliest first', () => {
    const today = startOfDay(NOW).getTime();
    const items = [
      item(addDays(today, 30).getTime(), false),
      item(NOW - HOUR_MS),
      item(NOW + HOUR_MS),
      item(today, false),
      item(addDays(today, -1).getTime(), false),
      item(addDays(today, 3).getTime() + 9 * HOUR_MS),
    ];
    const agenda = groupAgenda(items, NOW);
    expect(agenda.overdue.map((i) => i.dueAt)).toEqual([addDays(today, -1).getTime(), NOW - HOUR_MS]);
    // A dated follow-up for today is not overdue before the day ends.
    expect(agenda.today.map((i) => i.dueAt)).toEqual([today, NOW + HOUR_MS]);
    expect(agenda.upcoming).toHaveLength(1);
    expect(agenda.later).toHaveLength(1);
  });

  it('moves a follow-up due tomorrow to Overdue two days later', () => {
    const tomorrow = setHours(addDays(startOfDay(NOW), 1), 9).getTime();
    expect(groupAgenda([item(tomorrow)], NOW).upcoming).toHaveLength(1);
    expect(groupAgenda([item(tomorrow)], NOW + 2 * DAY_MS).overdue).toHaveLength(1);
  });

  it('keeps every item exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -60, max: 60 }), fc.boolean()), { maxLength: 40 }),
        (specs) => {
          const items = specs.map(([hours, hasTime], i) =>
            item(NOW + hours * 6 * HOUR_MS, hasTime, 'd', `f-${i}`),
          );
          const agenda = groupAgenda(items, NOW);
          const all = [...agenda.overdue, ...agenda.today, ...agenda.upcoming, ...agenda.later].map(
            (i) => i.id,
          );
          expect(all.sort()).toEqual(items.map((i) => i.id).sort());
          const counts = countDue(items, NOW);
          expect(counts).toEqual({ overdue: agenda.overdue.length, today: agenda.today.length });
        },
      ),
    );
  });
});

describe('findStaleDeals', () => {
  it('flags an open deal idle longer than its stage allows, with the stage name', () => {
    const [stale] = findStaleDeals([candidate()], [pipeline], [], NOW);
    expect(stale?.candidate.id).toBe('deal-1');
    expect(stale?.text).toBe('10 days without activity in Lead Generation');
  });

  it('does not flag a deal idle for less than the stage allows', () => {
    const recent = candidate({ lastActivityAt: NOW - 2 * DAY_MS });
    expect(findStaleDeals([recent], [pipeline], [], NOW)).toEqual([]);
  });

  it('does not flag a deal with a follow-up still ahead, but does once it is overdue', () => {
    const ahead = [item(NOW + HOUR_MS)];
    expect(findStaleDeals([candidate()], [pipeline], ahead, NOW)).toEqual([]);
    expect(findStaleDeals([candidate()], [pipeline], ahead, NOW + 2 * HOUR_MS)).toHaveLength(1);
  });

  it('respects a deliberate pause until its date', () => {
    const paused = candidate({ pausedUntil: NOW + 2 * DAY_MS, pauseNote: 'Champion on holiday' });
    expect(findStaleDeals([paused], [pipeline], [], NOW)).toEqual([]);
    expect(findStaleDeals([paused], [pipeline], [], NOW + 3 * DAY_MS)).toHaveLength(1);
  });

  it('falls back to the stored next step when the agenda is not loaded', () => {
    const withNext = candidate({ nextFollowUpAt: NOW + DAY_MS });
    expect(findStaleDeals([withNext], [pipeline], null, NOW)).toEqual([]);
    expect(findStaleDeals([withNext], [pipeline], null, NOW + 2 * DAY_MS)).toHaveLength(1);
  });

  it('skips deals whose stage is unknown and lists the longest idle first', () => {
    const older = candidate({
      id: 'deal-2',
      lastActivityAt: NOW - 20 * DAY_MS,
      stageEnteredAt: NOW - 20 * DAY_MS,
    });
    const lost = candidate({ id: 'deal-3', stageId: 'gone' });
    expect(
      findStaleDeals([candidate(), older, lost], [pipeline], [], NOW).map((s) => s.candidate.id),
    ).toEqual(['deal-2', 'deal-1']);
  });
});

describe('freshClocks', () => {
  const sal = pipeline.stages.find((s) => s.kind === 'sal')!;

  it('shows how long a new SAL has waited against its target', () => {
    const fresh = candidate({
      stageId: sal.id,
      stageEnteredAt: NOW - 52 * 60_000,
      lastActivityAt: NOW - 52 * 60_000,
    });
    expect(freshClocks([fresh], [pipeline], NOW).get('deal-1')).toBe('SAL, untouched 52 min / 24 h');
    const late = candidate({
      stageId: sal.id,
      stageEnteredAt: NOW - 30 * HOUR_MS,
      lastActivityAt: NOW - 30 * HOUR_MS,
    });
    expect(freshClocks([late], [pipeline], NOW).get('deal-1')).toBe('SAL, untouched 30 h / 24 h (late)');
  });

  it('has no clock once the lead was touched, or outside MQL and SAL', () => {
    const touched = candidate({ stageId: sal.id, stageEnteredAt: NOW - HOUR_MS, lastActivityAt: NOW - 1000 });
    expect(freshClocks([touched, candidate({ id: 'deal-2' })], [pipeline], NOW).size).toBe(0);
  });
});
