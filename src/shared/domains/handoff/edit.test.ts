import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HandoffChecklist, type HandoffItem } from '../../model';
import { addItem, MAX_SECTION_ITEMS, moveInArray, moveItem, removeItem, updateItem } from './edit';
import { checklistProgress } from './progress';

const item = (id: string, over: Partial<HandoffItem> = {}): HandoffItem => ({
  id,
  label: `Item ${id}`,
  value: '',
  done: false,
  date: null,
  ...over,
});

function checklist(): HandoffChecklist {
  return {
    id: 'hc',
    dealId: 'd',
    createdAt: 1,
    updatedAt: 1,
    sections: [
      { id: 's1', key: 'priorities', title: 'Priorities', items: [item('a'), item('b'), item('c')] },
      { id: 's2', key: 'milestones', title: 'Milestones', items: [item('m', { date: '2026-01-10' })] },
    ],
  };
}

const ids = (c: HandoffChecklist, s = 0) => c.sections[s]!.items.map((i) => i.id);

describe('updateItem', () => {
  it('changes only the fields in the patch and stamps updatedAt', () => {
    const r = updateItem(checklist(), 's1', 'b', { value: 'Cut churn', done: true }, 50);
    if (!r.ok) throw new Error(r.message);
    expect(r.item).toEqual({ id: 'b', label: 'Item b', value: 'Cut churn', done: true, date: null });
    expect(r.before).toEqual(item('b'));
    expect(r.checklist.updatedAt).toBe(50);
    expect(r.checklist.sections[1]).toEqual(checklist().sections[1]);
  });

  it('clears a date with null but keeps it when the patch leaves it out', () => {
    const kept = updateItem(checklist(), 's2', 'm', { value: 'x', date: undefined }, 2);
    const cleared = updateItem(checklist(), 's2', 'm', { date: null }, 2);
    expect(kept.ok && kept.item.date).toBe('2026-01-10');
    expect(cleared.ok && cleared.item.date).toBeNull();
  });

  it('reports a missing section or item without changing anything', () => {
    const c = checklist();
    expect(updateItem(c, 'nope', 'a', { done: true }, 2)).toMatchObject({ ok: false, code: 'not-found' });
    expect(updateItem(c, 's1', 'nope', { done: true }, 2)).toMatchObject({ ok: false, code: 'not-found' });
    expect(c).toEqual(checklist());
  });
});

describe('addItem and removeItem', () => {
  it('inserts at the index asked for, clamped, or at the end', () => {
    const first = addItem(checklist(), 's1', item('n'), 2, 0);
    const end = addItem(checklist(), 's1', item('n'), 2);
    const far = addItem(checklist(), 's1', item('n'), 2, 99);
    expect(first.ok && ids(first.checklist)).toEqual(['n', 'a', 'b', 'c']);
    expect(end.ok && ids(end.checklist)).toEqual(['a', 'b', 'c', 'n']);
    expect(far.ok && ids(far.checklist)).toEqual(['a', 'b', 'c', 'n']);
  });

  it('refuses to grow a full section', () => {
    const c = checklist();
    c.sections[0]!.items = Array.from({ length: MAX_SECTION_ITEMS }, (_, i) => item(`x${i}`));
    expect(addItem(c, 's1', item('n'), 2)).toMatchObject({ ok: false, code: 'full' });
  });

  it('removes the item and returns it', () => {
    const r = removeItem(checklist(), 's1', 'b', 2);
    expect(r.ok && ids(r.checklist)).toEqual(['a', 'c']);
    expect(r.ok && r.item.id).toBe('b');
  });
});

describe('moveItem', () => {
  it('moves within the section, clamping the target index', () => {
    const down = moveItem(checklist(), 's1', 'a', 1, 2);
    const last = moveItem(checklist(), 's1', 'a', 50, 2);
    expect(down.ok && ids(down.checklist)).toEqual(['b', 'a', 'c']);
    expect(last.ok && ids(last.checklist)).toEqual(['b', 'c', 'a']);
  });

  it('keeps every item exactly once and lands it where asked (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.nat(), (n, fromSeed, to) => {
        const list = Array.from({ length: n }, (_, i) => i);
        const from = fromSeed % n;
        const moved = moveInArray(list, from, Math.min(to, n - 1));
        expect([...moved].sort((a, b) => a - b)).toEqual(list);
        expect(moved[Math.min(to, n - 1)]).toBe(from);
      }),
    );
  });

  it('every edit sequence leaves a valid checklist (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), i: fc.nat(), to: fc.nat({ max: 10 }) }),
      fc.record({ kind: fc.constant('add' as const), at: fc.nat({ max: 10 }) }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let c = checklist();
        let next = 0;
        for (const o of ops) {
          const items = c.sections[0]!.items;
          const target = items.length ? items[('i' in o ? o.i : 0) % items.length]!.id : 'none';
          const r =
            o.kind === 'tick'
              ? updateItem(c, 's1', target, { done: true }, 2)
              : o.kind === 'move'
                ? moveItem(c, 's1', target, o.to, 2)
                : o.kind === 'add'
                  ? addItem(c, 's1', item(`new${next++}`), 2, o.at)
                  : removeItem(c, 's1', target, 2);
          if (r.ok) c = r.checklist;
          else expect(items).toHaveLength(0);
        }
        expect(HandoffChecklist.safeParse(c).success).toBe(true);
        expect(new Set(ids(c)).size).toBe(ids(c).length);
        const progress = checklistProgress(c);
        expect(progress.done).toBe(c.sections.flatMap((s) => s.items).filter((i) => i.done).length);
      }),
    );
  });
});

describe('checklistProgress', () => {
  it('counts ticked items per section and overall', () => {
    const r = updateItem(checklist(), 's1', 'a', { done: true }, 2);
    if (!r.ok) throw new Error(r.message);
    const p = checklistProgress(r.checklist);
    expect(p).toEqual({
      done: 1,
      total: 4,
      percent: 25,
      sections: [
        { id: 's1', done: 1, total: 3 },
        { id: 's2', done: 0, total: 1 },
      ],
    });
  });

  it('is 0% for an empty checklist and 100% only when everything is ticked', () => {
    expect(checklistProgress({ ...checklist(), sections: [] }).percent).toBe(0);
    const c = checklist();
    c.sections.forEach((s) => s.items.forEach((i) => (i.done = true)));
    expect(checklistProgress(c).percent).toBe(100);
    c.sections[0]!.items.push(...Array.from({ length: 300 }, (_, k) => item(`p${k}`, { done: k > 0 })));
    expect(checklistProgress(c).percent).toBe(99);
  });
});
