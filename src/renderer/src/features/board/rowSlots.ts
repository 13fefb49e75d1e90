/**
 * Which element draws each card of a virtualized list's window: card id → slot (the row's React
 * key), in the order the cards are drawn (`ids`; `last` is the previous window's map in its own
 * order, which is the rows' order in the DOM). A card drawn before keeps its slot, so its element
 * stays as it is (a drop shifts it by a row: one style change). A card new to the window takes a
 * slot a card that left it freed, so its row's element is reused and only what differs is written
 * (a search keystroke that replaces the top cards of a column updates their texts, instead of
 * removing every card's elements and creating, styling and laying out new ones), or a new slot.
 *
 * React keeps the rows' elements in the order they are drawn: a row drawn after one whose element
 * lay below its own is moved (taken out of the page and put back: its style and layout done again),
 * so a reused slot out of that order made React move every row after it (a drop into the middle of
 * a column moved each row below the dropped card, 8–12 rows a drop at 10,000 deals). So the slots are handed out to change the fewest rows: each new
 * card takes a freed slot whose row lies below the rows drawn above it, or a new slot (one row
 * made), whichever costs the least (`plan`: a row made counts 2, a row moved 3 — it is taken out
 * and put back — so a kept row is moved only when that saves making two). `held`: a card whose slot
 * is never handed to another card (the focused one: its element must not start showing another
 * deal).
 */
export function rowSlots(
  last: ReadonlyMap<string, number>,
  ids: readonly string[],
  held: string | null = null,
): Map<string, number> {
  const slotAt: number[] = [];
  const placeOf = new Map<number, number>();
  const shown = new Set(ids);
  const freed: boolean[] = [];
  let top = 0;
  for (const [id, slot] of last) {
    placeOf.set(slot, slotAt.length);
    freed.push(!shown.has(id) && id !== held);
    slotAt.push(slot);
    top = Math.max(top, slot + 1);
  }
  const places = ids.map((id) => {
    const slot = last.get(id);
    return slot === undefined ? null : placeOf.get(slot)!;
  });
  const cost = plan(places, freed);
  const slots = new Map<string, number>();
  let lowest = -1;
  for (const [i, id] of ids.entries()) {
    const kept = places[i];
    if (kept !== null && kept !== undefined) {
      slots.set(id, slotAt[kept]!);
      lowest = Math.max(lowest, kept);
      continue;
    }
    const best = cost[i]![lowest + 1]!;
    let reused = lowest + 1;
    while (reused < freed.length && !(freed[reused] && cost[i + 1]![reused + 1] === best)) reused++;
    if (reused < freed.length) {
      slots.set(id, slotAt[reused]!);
      lowest = reused;
    } else slots.set(id, top++);
  }
  return slots;
}

/** What a row made anew costs, and a row moved (see `rowSlots`). */
export const MADE = 2;
export const MOVED = 3;

/**
 * `cost[i][m + 1]`: the least cost of the rows made or moved to draw the cards from the i-th on
 * when the lowest row drawn above them is the previous window's row `m` (-1: none). `places[i]`:
 * the row of a card drawn before (it keeps it; moved if it lies above `m`), null for a new card
 * (a freed row below `m`, for nothing, or a new row).
 */
function plan(places: readonly (number | null)[], freed: readonly boolean[]): Int32Array[] {
  const rows = freed.length;
  const cost = places.map(() => new Int32Array(rows + 1));
  cost.push(new Int32Array(rows + 1));
  for (let i = places.length - 1; i >= 0; i--) {
    const after = cost[i + 1]!;
    const here = cost[i]!;
    const kept = places[i];
    // Walked from the bottom row up: `reuse` is the best freed row below m.
    let reuse = Infinity;
    for (let m = rows - 1; m >= -1; m--) {
      if (kept !== null && kept !== undefined)
        here[m + 1] = kept > m ? after[kept + 1]! : MOVED + after[m + 1]!;
      else here[m + 1] = Math.min(reuse, MADE + after[m + 1]!);
      if (m >= 0 && freed[m]) reuse = Math.min(reuse, after[m + 1]!);
    }
  }
  return cost;
}
