/**
 * A new answer with every part that equals the old answer's part replaced by the old one
 * (structural sharing, as TanStack Query's `replaceEqualDeep`): arrays and plain objects are
 * compared part by part, anything else by `Object.is`. What did not change keeps its identity,
 * so a memoized view of it (one Insights chart) is not drawn again; the whole old answer is
 * returned when nothing changed.
 */
export function sharedAnswer<T>(old: unknown, next: T): T {
  if (Object.is(old, next)) return old as T;
  if (Array.isArray(old) && Array.isArray(next)) {
    const out = next.map((item, i) => sharedAnswer(old[i], item));
    return (out.length === old.length && out.every((item, i) => item === old[i]) ? old : out) as T;
  }
  if (isPlain(old) && isPlain(next)) {
    const keys = Object.keys(next);
    const out: Record<string, unknown> = {};
    let same = keys.length === Object.keys(old).length;
    for (const key of keys) {
      out[key] = sharedAnswer(old[key], next[key]);
      if (out[key] !== old[key] || !(key in old)) same = false;
    }
    return (same ? old : out) as T;
  }
  return next;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
