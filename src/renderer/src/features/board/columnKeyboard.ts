import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

interface Rect {
  left: number;
  width: number;
}

/**
 * Where a card picked up by keyboard goes on ArrowRight / ArrowLeft: the left edge that
 * centres it in the next / previous column. Null when there is no column that way.
 */
export function nextColumnX(columns: readonly Rect[], card: Rect, direction: 1 | -1): number | null {
  const centre = card.left + card.width / 2;
  const sorted = [...columns].sort((a, b) => a.left - b.left);
  const centreOf = (r: Rect) => r.left + r.width / 2;
  const target =
    direction === 1
      ? sorted.find((r) => centreOf(r) > centre + 1)
      : [...sorted].reverse().find((r) => centreOf(r) < centre - 1);
  return target ? centreOf(target) - card.width / 2 : null;
}

/** The last column jump of the current drag: keys can arrive before the board re-measures. */
let lastJump: { active: unknown; fromLeft: number; toLeft: number } | null = null;

/** dnd-kit keyboard coordinates: arrows jump a whole column; up/down do nothing. */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { active, context, currentCoordinates },
) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (direction === 0) return undefined;
  event.preventDefault();
  const card = context.collisionRect;
  if (!card) return undefined;
  // If the rect has not caught up with the previous jump yet, continue from where that jump went.
  const stale =
    lastJump !== null && lastJump.active === active && Math.abs(lastJump.fromLeft - card.left) < 0.5;
  const left = stale && lastJump ? lastJump.toLeft : card.left;
  const x = nextColumnX([...context.droppableRects.values()], { left, width: card.width }, direction);
  if (x === null) return undefined;
  lastJump = { active, fromLeft: card.left, toLeft: x };
  return { ...currentCoordinates, x };
};
