/**
 * Which element draws each card of a virtualized list's window: card id → slot (the row's React
 * key). A card drawn before keeps its slot, so its element stays as it is (a drop shifts it by a
 * row: one style change); a card new to the window takes a slot a card that left it freed (lowest
 * first), so its row's element is reused and only what differs is written (a search keystroke
 * that replaces the top cards of a column updates their texts, instead of removing every card's
 * elements and creating, styling and laying out new ones); else a new slot. `held`: a card whose
 * slot is never handed to another card (the focused one: its element must not start showing
 * another deal).
 */
export function rowSlots(
  last: ReadonlyMap<string, number>,
  ids: readonly string[],
  held: string | null = null,
): Map<string, number> {
  const next = new Map<string, number>();
  const fresh: string[] = [];
  for (const id of ids) {
    const slot = last.get(id);
    if (slot === undefined) fresh.push(id);
    else next.set(id, slot);
  }
  if (fresh.length === 0) return next;
  const freed: number[] = [];
  let top = 0;
  for (const [id, slot] of last) {
    top = Math.max(top, slot + 1);
    if (!next.has(id) && id !== held) freed.push(slot);
  }
  freed.sort((a, b) => a - b);
  let free = 0;
  for (const id of fresh) next.set(id, free < freed.length ? freed[free++]! : top++);
  return next;
}
