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

/**
 * Run `step` once per task, yielding to input and painting between, until it returns true;
 * then call `done`. Returns a cancel (neither is called again after it).
 */
export function inSlices(step: () => boolean, done: () => void): () => void {
  let cancelled = false;
  let cancelTask = () => {};
  const run = () => {
    if (cancelled) return;
    if (step()) done();
    else cancelTask = nextTask(run);
  };
  cancelTask = nextTask(run);
  return () => {
    cancelled = true;
    cancelTask();
  };
}
