/**
 * Answers whose buffers are moved to the caller, not copied (`postMessage`'s transfer list).
 * Only for buffers made for that one answer and held by nothing else: once posted they are
 * detached on this side. A structured clone copies a typed array's bytes, and in Chromium
 * that copy costs far more per byte than the rest of the message: a 100,000-deal board's
 * pages carry ~0.5 MB of numbers each (`PackedCards`).
 */
const marked = new WeakMap<object, ArrayBuffer[]>();

/** Mark `answer`'s `buffers` to be moved when it is posted; returns `answer`. */
export function movingBuffers<T extends object>(answer: T, buffers: ArrayBuffer[]): T {
  marked.set(answer, buffers);
  return answer;
}

/** The buffers to move with `answer` (none unless it was marked). */
export function buffersToMove(answer: unknown): ArrayBuffer[] | undefined {
  return typeof answer === 'object' && answer !== null ? marked.get(answer) : undefined;
}
