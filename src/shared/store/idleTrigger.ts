/**
 * Runs `task` once, when the store has had no call in flight for `idleMs` (counting from its
 * start too). The start-up compaction of a large leftover journal waits for this: it reads
 * and serializes the whole database, and must never hold the first calls a window makes.
 */
export interface IdleTrigger {
  /** A call began: the store is busy. */
  begin(): void;
  /** A call ended. */
  end(): void;
}

export function idleTrigger(idleMs: number, task: () => void): IdleTrigger {
  let inFlight = 0;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = () => {
    if (done || inFlight > 0) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (done || inFlight > 0) return;
      done = true;
      task();
    }, idleMs);
    (timer as { unref?: () => void }).unref?.(); // never keeps a Node test alive
  };
  arm();
  return {
    begin() {
      inFlight += 1;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    end() {
      inFlight -= 1;
      arm();
    },
  };
}
