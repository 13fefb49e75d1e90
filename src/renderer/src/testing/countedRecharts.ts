/** Recharts for DOM tests, with every chart drawn (each BarChart render) counted. */
import { createElement, type ComponentProps } from 'react';
import type * as Recharts from 'recharts';

/**
 * The real Recharts, its BarChart wrapped to add one to `counter.renders` each render: for
 * `vi.mock('recharts', async (original) => (await import(…)).countedRecharts(original, counter))`.
 */
export async function countedRecharts(importOriginal: () => Promise<unknown>, counter: { renders: number }) {
  const actual = (await importOriginal()) as typeof Recharts;
  const BarChart = (props: ComponentProps<typeof actual.BarChart>) => {
    counter.renders++;
    return createElement(actual.BarChart, props);
  };
  return { ...actual, BarChart };
}
