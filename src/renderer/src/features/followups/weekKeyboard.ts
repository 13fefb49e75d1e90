import type { KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';

/** The arrow keys of a keyboard drag in the week: the next day (→ ↓) or the previous one (← ↑). */
export function dayStep(code: string): 1 | -1 | 0 {
  if (code === 'ArrowRight' || code === 'ArrowDown') return 1;
  if (code === 'ArrowLeft' || code === 'ArrowUp') return -1;
  return 0;
}

/**
 * The day a step goes to, in calendar order (day keys are `yyyy-MM-dd`, which sort as days
 * do), whatever the layout: seven columns side by side, or days stacked on a narrow window.
 * Null past either end of the week.
 */
export function steppedDay(dayKeys: readonly string[], from: string, step: 1 | -1): string | null {
  const sorted = [...dayKeys].sort();
  const at = sorted.indexOf(from);
  if (at < 0) return null;
  return sorted[at + step] ?? null;
}

/** The day the current keyboard drag is over: the rects can lag a key press behind. */
let current: { active: UniqueIdentifier; day: string } | null = null;

/**
 * dnd-kit keyboard coordinates for the week: each arrow key puts the picked-up follow-up on
 * the centre of the next or previous day, so the closest-centre collision lands on that day.
 */
export const weekKeyboardCoordinates: KeyboardCoordinateGetter = (event, { active, context }) => {
  const step = dayStep(event.code);
  if (step === 0) return undefined;
  event.preventDefault();
  const card = context.collisionRect;
  const startDay = (context.active?.data.current as { dayKey?: string } | undefined)?.dayKey;
  if (!card || !startDay) return undefined;
  const from = current?.active === active ? current.day : startDay;
  const rects = context.droppableRects;
  const to = steppedDay([...rects.keys()].map(String), from, step);
  const rect = to === null ? undefined : rects.get(to);
  if (to === null || !rect) return undefined;
  current = { active, day: to };
  return {
    x: rect.left + rect.width / 2 - card.width / 2,
    y: rect.top + rect.height / 2 - card.height / 2,
  };
};

/** Forget the last keyboard drag (a new drag of the same follow-up starts from its own day). */
export function endKeyboardDrag(): void {
  current = null;
}
