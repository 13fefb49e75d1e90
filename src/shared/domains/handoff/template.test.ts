import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHandoffTemplate } from '../../engine';
import { HandoffTemplate } from '../../model';
import {
  addSection,
  addTemplateItem,
  HandoffTemplateInput,
  moveSection,
  moveTemplateItem,
  removeSection,
  removeTemplateItem,
  renameSection,
  renameTemplateItem,
  sectionKey,
  templateProblems,
} from './template';

describe('handoff template editing', () => {
  it('the default template has no problems', () => {
    expect(templateProblems(defaultHandoffTemplate())).toEqual([]);
    expect(HandoffTemplateInput.safeParse(defaultHandoffTemplate()).success).toBe(true);
  });

  it('gives a new section a unique slug key', () => {
    const t = defaultHandoffTemplate();
    expect(sectionKey('Data migration', t)).toBe('data-migration');
    expect(sectionKey('Commercial terms!', [{ key: 'commercial-terms', title: 'x', items: [] }])).toBe(
      'commercial-terms-2',
    );
    expect(sectionKey('???', t)).toBe('section');
    const added = addSection(addSection(t, 'Risks'), 'Risks');
    expect(added.slice(-2).map((s) => s.key)).toEqual(['risks', 'risks-2']);
  });

  it('renames a section without changing its key (prefills keep working)', () => {
    const t = renameSection(defaultHandoffTemplate(), 2, 'Key dates');
    expect(t[2]).toMatchObject({ key: 'milestones', title: 'Key dates' });
  });

  it('adds, renames, moves and removes items and sections', () => {
    let t = defaultHandoffTemplate();
    t = addTemplateItem(t, 0, 'Board mandate');
    expect(t[0]!.items.at(-1)).toBe('Board mandate');
    t = renameTemplateItem(t, 0, 0, 'Main goal');
    t = moveTemplateItem(t, 0, 3, 0);
    expect(t[0]!.items.slice(0, 2)).toEqual(['Board mandate', 'Main goal']);
    t = removeTemplateItem(t, 0, 0);
    expect(t[0]!.items[0]).toBe('Main goal');
    t = moveSection(t, 0, 1);
    expect(t.map((s) => s.key).slice(0, 2)).toEqual(['pain-points', 'priorities']);
    t = removeSection(t, 1);
    expect(t.some((s) => s.key === 'priorities')).toBe(false);
  });

  it('ignores moves out of range', () => {
    const t = defaultHandoffTemplate();
    expect(moveSection(t, 0, 99)).toEqual(t);
    expect(moveTemplateItem(t, 0, 0, 99)).toEqual(t);
  });

  it('reports blank titles, blank labels and duplicate keys', () => {
    const bad = [
      { key: 'a', title: ' ', items: ['ok', '  '] },
      { key: 'a', title: 'Second', items: [] },
    ];
    expect(templateProblems(bad)).toEqual([
      'Section 1 needs a title.',
      'Item 2 of "Section 1" needs a label.',
      '"Second" has the same key as another section.',
    ]);
    expect(HandoffTemplateInput.safeParse(bad).success).toBe(false);
  });

  it('any sequence of edits from the editor keeps a schema-valid template (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    const op = fc.oneof(
      fc.record({ k: fc.constant('addSection' as const), title: text }),
      fc.record({ k: fc.constant('addItem' as const), s: fc.nat(), label: text }),
      fc.record({ k: fc.constant('moveSection' as const), from: fc.nat(), to: fc.nat() }),
      fc.record({ k: fc.constant('removeSection' as const), s: fc.nat() }),
      fc.record({ k: fc.constant('moveItem' as const), s: fc.nat(), from: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let t = defaultHandoffTemplate();
        for (const o of ops) {
          const n = Math.max(1, t.length);
          if (o.k === 'addSection' && t.length < 50) t = addSection(t, o.title);
          if (o.k === 'addItem' && (t[o.s % n]?.items.length ?? 100) < 100)
            t = addTemplateItem(t, o.s % n, o.label);
          if (o.k === 'moveSection') t = moveSection(t, o.from % n, o.to % n);
          if (o.k === 'removeSection') t = removeSection(t, o.s % n);
          if (o.k === 'moveItem') t = moveTemplateItem(t, o.s % n, o.from % 5, o.to % 5);
        }
        expect(HandoffTemplate.safeParse(t).success).toBe(true);
        expect(templateProblems(t)).toEqual([]);
      }),
    );
  });
});
