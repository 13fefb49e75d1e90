import type { HandoffChecklist, HandoffItem, HandoffSection } from '../../model';

/** Most items a section may hold (the model's bound). */
export const MAX_SECTION_ITEMS = 200;

export interface ItemPatch {
  value?: string;
  done?: boolean;
  date?: string | null;
  label?: string;
}

export type EditFailure = { ok: false; code: 'not-found' | 'full'; message: string };
export type EditResult =
  { ok: true; checklist: HandoffChecklist; item: HandoffItem; before: HandoffItem | null } | EditFailure;

const missingSection = (): EditFailure => ({
  ok: false,
  code: 'not-found',
  message: 'That checklist section was not found; it may have been removed.',
});
const missingItem = (): EditFailure => ({
  ok: false,
  code: 'not-found',
  message: 'That checklist item was not found; it may have been removed.',
});

function withSection(
  checklist: HandoffChecklist,
  sectionId: string,
  now: number,
  change: (section: HandoffSection) => HandoffSection,
): HandoffChecklist {
  return {
    ...checklist,
    sections: checklist.sections.map((s) => (s.id === sectionId ? change(s) : s)),
    updatedAt: now,
  };
}

export function findSection(checklist: HandoffChecklist, sectionId: string): HandoffSection | undefined {
  return checklist.sections.find((s) => s.id === sectionId);
}

/** Fill, tick, date or rename one item. Fields left out of `patch` stay as they are. */
export function updateItem(
  checklist: HandoffChecklist,
  sectionId: string,
  itemId: string,
  patch: ItemPatch,
  now: number,
): EditResult {
  const section = findSection(checklist, sectionId);
  if (!section) return missingSection();
  const before = section.items.find((i) => i.id === itemId);
  if (!before) return missingItem();
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as ItemPatch;
  const item: HandoffItem = { ...before, ...defined };
  const next = withSection(checklist, sectionId, now, (s) => ({
    ...s,
    items: s.items.map((i) => (i.id === itemId ? item : i)),
  }));
  return { ok: true, checklist: next, item, before };
}

/** Insert a new item at `atIndex` (clamped; the end when left out). */
export function addItem(
  checklist: HandoffChecklist,
  sectionId: string,
  item: HandoffItem,
  now: number,
  atIndex?: number,
): EditResult {
  const section = findSection(checklist, sectionId);
  if (!section) return missingSection();
  if (section.items.length >= MAX_SECTION_ITEMS) {
    return { ok: false, code: 'full', message: `A section holds at most ${MAX_SECTION_ITEMS} items.` };
  }
  const at = clamp(atIndex ?? section.items.length, 0, section.items.length);
  const next = withSection(checklist, sectionId, now, (s) => ({
    ...s,
    items: [...s.items.slice(0, at), item, ...s.items.slice(at)],
  }));
  return { ok: true, checklist: next, item, before: null };
}

export function removeItem(
  checklist: HandoffChecklist,
  sectionId: string,
  itemId: string,
  now: number,
): EditResult {
  const section = findSection(checklist, sectionId);
  if (!section) return missingSection();
  const item = section.items.find((i) => i.id === itemId);
  if (!item) return missingItem();
  const next = withSection(checklist, sectionId, now, (s) => ({
    ...s,
    items: s.items.filter((i) => i.id !== itemId),
  }));
  return { ok: true, checklist: next, item, before: item };
}

/** Move an item to `toIndex` within its section (clamped to the section). */
export function moveItem(
  checklist: HandoffChecklist,
  sectionId: string,
  itemId: string,
  toIndex: number,
  now: number,
): EditResult {
  const section = findSection(checklist, sectionId);
  if (!section) return missingSection();
  const from = section.items.findIndex((i) => i.id === itemId);
  const item = section.items[from];
  if (!item) return missingItem();
  const to = clamp(toIndex, 0, section.items.length - 1);
  const next = withSection(checklist, sectionId, now, (s) => ({
    ...s,
    items: moveInArray(s.items, from, to),
  }));
  return { ok: true, checklist: next, item, before: item };
}

/** A copy of `list` with the element at `from` moved to `to` (both in range). */
export function moveInArray<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  if (moved === undefined) return copy;
  copy.splice(to, 0, moved);
  return copy;
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, n));
