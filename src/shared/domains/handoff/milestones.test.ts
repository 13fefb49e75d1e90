import { describe, expect, it } from 'vitest';
import { makeFollowUp, type FollowUp, type HandoffItem } from '../../model';
import { localMidnight, milestoneFollowUpId, milestoneNote, planMilestoneFollowUp } from './milestones';

const item = (over: Partial<HandoffItem> = {}): HandoffItem => ({
  id: 'it-1',
  label: 'Go-live',
  value: '',
  done: false,
  date: '2026-03-15',
  ...over,
});
const base = { dealId: 'd-1', dealTitle: 'Fleet rollout', now: 1000 };
const linked = (over: Partial<FollowUp> = {}): FollowUp =>
  makeFollowUp(
    {
      id: milestoneFollowUpId('it-1'),
      dealId: 'd-1',
      dueAt: localMidnight('2026-03-15'),
      hasTime: false,
      type: 'task',
      note: milestoneNote('Go-live', 'Fleet rollout'),
      ...over,
    },
    1,
  );

describe('milestone follow-ups', () => {
  it('stores the day as local midnight and derives a stable id', () => {
    const at = new Date(localMidnight('2026-03-15'));
    expect([at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()]).toEqual([
      2026, 2, 15, 0, 0,
    ]);
    expect(milestoneFollowUpId('it-1')).toBe('handoff-it-1');
    expect(milestoneFollowUpId('x'.repeat(64))).toHaveLength(64);
  });

  it('creates a dated all-day task when an item gets a date', () => {
    const f = planMilestoneFollowUp({
      ...base,
      existing: undefined,
      before: item({ date: null }),
      item: item(),
    });
    expect(f).toMatchObject({
      id: 'handoff-it-1',
      dealId: 'd-1',
      dueAt: localMidnight('2026-03-15'),
      hasTime: false,
      type: 'task',
      status: 'open',
      note: 'Handoff milestone: Go-live (Fleet rollout)',
      createdAt: 1000,
    });
  });

  it('moves and re-arms the linked follow-up when the date changes, even if it was done or cancelled', () => {
    for (const status of ['open', 'done', 'cancelled', 'snoozed'] as const) {
      const f = planMilestoneFollowUp({
        ...base,
        existing: linked({ status, firedAt: 5, completedAt: status === 'done' ? 5 : null }),
        before: item(),
        item: item({ date: '2026-04-01' }),
      });
      expect(f).toMatchObject({
        id: 'handoff-it-1',
        dueAt: localMidnight('2026-04-01'),
        status: 'open',
        firedAt: null,
        completedAt: null,
        updatedAt: 1000,
      });
    }
  });

  it('follows a rename while active, and leaves a completed follow-up alone', () => {
    const renamed = planMilestoneFollowUp({
      ...base,
      existing: linked(),
      before: item(),
      item: item({ label: 'Go-live (phase 1)' }),
    });
    expect(renamed?.note).toBe('Handoff milestone: Go-live (phase 1) (Fleet rollout)');
    expect(renamed?.dueAt).toBe(localMidnight('2026-03-15'));
    expect(
      planMilestoneFollowUp({
        ...base,
        existing: linked({ status: 'done' }),
        before: item(),
        item: item({ label: 'X' }),
      }),
    ).toBeNull();
    expect(
      planMilestoneFollowUp({
        ...base,
        existing: linked(),
        before: item(),
        item: item({ done: true, value: 'ok' }),
      }),
    ).toBeNull();
  });

  it('keeps a snoozed time when only the text changes', () => {
    const snoozed = linked({
      status: 'snoozed',
      dueAt: localMidnight('2026-03-16') + 9 * 3_600_000,
      hasTime: true,
    });
    expect(
      planMilestoneFollowUp({ ...base, existing: snoozed, before: item(), item: item({ value: 'x' }) }),
    ).toBeNull();
  });

  it('cancels an active follow-up when the date is cleared or the item removed', () => {
    expect(
      planMilestoneFollowUp({ ...base, existing: linked(), before: item(), item: item({ date: null }) })
        ?.status,
    ).toBe('cancelled');
    expect(planMilestoneFollowUp({ ...base, existing: linked(), before: item(), item: null })?.status).toBe(
      'cancelled',
    );
    expect(
      planMilestoneFollowUp({ ...base, existing: linked({ status: 'done' }), before: item(), item: null }),
    ).toBeNull();
    expect(
      planMilestoneFollowUp({
        ...base,
        existing: undefined,
        before: item({ date: null }),
        item: item({ date: null }),
      }),
    ).toBeNull();
  });
});
