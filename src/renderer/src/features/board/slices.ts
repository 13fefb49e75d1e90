/** The tasks waiting for their message, in the order posted (a cancelled one runs nothing). */
const waiting: { run: () => void }[] = [];
let channel: MessageChannel | null = null;

/**
 * Run the next slice in a fresh task (a message, not setTimeout: nested timeouts wait 4 ms).
 * Every slice goes through one channel, kept while slices are waiting: a channel made per slice
 * cost more than many slices' work (`new MessageChannel` and its first `postMessage` were ~8% of
 * the main thread in a CPU profile of a 100,000-deal cold start).
 */
function nextTask(run: () => void): () => void {
  if (typeof MessageChannel !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  if (!channel) {
    const opened = new MessageChannel();
    opened.port1.onmessage = () => {
      waiting.shift()?.run();
      // Nothing more to run: close it (an open port would keep a test's process alive).
      if (waiting.length === 0 && channel === opened) {
        opened.port1.close();
        channel = null;
      }
    };
    channel = opened;
  }
  const entry = { run };
  waiting.push(entry);
  channel.port2.postMessage(null);
  return () => {
    entry.run = () => {};
  };
}

/**
 * Run `run` once the next frame has been drawn: in the first task after that frame's callbacks,
 * style, layout and paint (a frame callback posting a message). Returns a cancel.
 */
export function afterFrame(run: () => void): () => void {
  let cancelTask: (() => void) | null = null;
  const frame = requestAnimationFrame(() => {
    cancelTask = nextTask(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelTask?.();
  };
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
