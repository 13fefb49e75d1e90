/** The deepest nesting a request may have: every real payload is far shallower. */
export const MAX_PAYLOAD_DEPTH = 32;

/**
 * True when `value` nests objects/arrays deeper than `limit`. Iterative, so a hostile payload
 * thousands of levels deep cannot overflow the stack of the check itself (or of zod after it).
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_PAYLOAD_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
