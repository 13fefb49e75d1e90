/** Run the next slice in a fresh task (a message, not setTimeout: nested timeouts wait 4 ms). */
function nextTask(run: () => void): () => void {
  if (typeof MessageChannel !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** How a sliced job spends each task: one `step`, or steps until `budgetMs` of `clock` are spent. */
export interface SliceBudget {
  budgetMs: number;
  clock?: () => number;
}

/**
 * Run `step` once per task (or, given a `budget`, as many times as fit in its milliseconds, and
 * at least once), yielding to input and painting between tasks, until it returns true; then
 * call `done`. Returns a cancel (neither is called again after it). A time budget keeps every
 * task short whatever one step costs on this machine (a slow laptop, a first pass that builds
 * search keys), and lets a fast one do more per task.
 */
export function inSlices(step: () => boolean, done: () => void, budget?: SliceBudget): () => void {
  let cancelled = false;
  let cancelTask = () => {};
  const clock = budget?.clock ?? (() => performance.now());
  const runTask = () => {
    if (!budget) return step();
    const until = clock() + budget.budgetMs;
    for (;;) {
      if (step()) return true;
      if (clock() >= until) return false;
    }
  };
  const run = () => {
    if (cancelled) return;
    if (runTask()) done();
    else cancelTask = nextTask(run);
  };
  cancelTask = nextTask(run);
  return () => {
    cancelled = true;
    cancelTask();
  };
}
