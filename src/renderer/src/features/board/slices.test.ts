import { describe, expect, it } from 'vitest';
import { inSlices } from './slices';

/**
 * Run a sliced job of `total` steps, each taking `stepMs` on a fake clock; returns how many
 * steps each task ran (a task's steps are the ones run before its microtasks).
 */
function stepsPerTask(total: number, stepMs: number, budgetMs?: number): Promise<number[]> {
  let now = 0;
  let done = 0;
  let inTask = false;
  const tasks: number[] = [];
  return new Promise((resolve) => {
    inSlices(
      () => {
        if (!inTask) {
          inTask = true;
          tasks.push(0);
          queueMicrotask(() => (inTask = false));
        }
        tasks[tasks.length - 1]! += 1;
        now += stepMs;
        done += 1;
        return done >= total;
      },
      () => resolve(tasks),
      budgetMs === undefined ? undefined : { budgetMs, clock: () => now },
    );
  });
}

describe('inSlices', () => {
  it('runs one step per task without a budget', async () => {
    expect(await stepsPerTask(4, 1)).toEqual([1, 1, 1, 1]);
  });

  it('with a time budget, runs steps until the budget is spent, then yields', async () => {
    const tasks = await stepsPerTask(23, 1, 5);
    expect(tasks).toEqual([5, 5, 5, 5, 3]);
  });

  it('runs at least one step per task even when one step costs more than the budget', async () => {
    expect(await stepsPerTask(3, 20, 5)).toEqual([1, 1, 1]);
  });

  it('a cancelled job runs no further step and never calls done', async () => {
    let steps = 0;
    let finished = false;
    const cancel = inSlices(
      () => (steps++, false),
      () => (finished = true),
      { budgetMs: 1, clock: () => steps },
    );
    await new Promise((r) => setTimeout(r, 20));
    cancel();
    const at = steps;
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toBe(at);
    expect(finished).toBe(false);
  });
});

describe('inSlices’ tasks', () => {
  it('go through one message channel, not one per slice', async () => {
    const Real = globalThis.MessageChannel;
    let made = 0;
    globalThis.MessageChannel = class extends Real {
      constructor() {
        super();
        made += 1;
      }
    };
    try {
      let steps = 0;
      await new Promise<void>((resolve) => inSlices(() => ++steps >= 10, resolve));
      expect(steps).toBe(10);
      expect(made).toBe(1);
    } finally {
      globalThis.MessageChannel = Real;
    }
  });

  it('run in the order they were asked for, and a cancelled one not at all', async () => {
    const ran: string[] = [];
    const cancel = inSlices(
      () => (ran.push('b'), true),
      () => {},
    );
    await new Promise<void>((resolve) => {
      inSlices(() => (ran.push('a'), ran.length >= 3), resolve);
      cancel();
    });
    expect(ran).toEqual(['a', 'a', 'a']);
  });
});
