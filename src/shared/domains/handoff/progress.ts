import type { HandoffChecklist } from '../../model';

export interface Progress {
  done: number;
  total: number;
}

export interface ChecklistProgress extends Progress {
  /** Ticked share of all items, 0–100, rounded down (100 only when every item is ticked). */
  percent: number;
  sections: (Progress & { id: string })[];
}

/** How far the handoff is: ticked items per section and overall. */
export function checklistProgress(checklist: HandoffChecklist): ChecklistProgress {
  const sections = checklist.sections.map((s) => ({
    id: s.id,
    done: s.items.filter((i) => i.done).length,
    total: s.items.length,
  }));
  const done = sections.reduce((sum, s) => sum + s.done, 0);
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return { done, total, percent, sections };
}
