/** Test helpers for the Insights view rendered against the real store (see storeDom.tsx). */
import { act } from 'react';
import type { RpcClient } from '../../../shared/rpc/client';
import type { Platform } from '../platform/types';

/** One open deal of 12,000 in the first stage. */
export function createDeal(client: RpcClient) {
  return client.call('deals.create', {
    title: 'Harbour cranes',
    companyName: 'Quay Works',
    contactName: 'Ola Dahl',
    contactEmail: 'ola@quay.example',
    source: 'event',
    value: 12_000,
  });
}

/** Moves the deal from its first stage to the nurturing one (a change the funnel shows). */
export async function moveToNurturing(client: RpcClient, dealId: string) {
  const [pipeline] = await client.call('pipelines.list', {});
  const nurturing = pipeline!.stages.find((s) => s.kind === 'nurturing')!;
  await client.call('deals.transition', { dealId, request: { kind: 'move', toStageId: nurturing.id } });
}

/** The deals the funnel counts, per stage name (read from its table, opened if need be). */
export function funnelRows(host: HTMLElement): Record<string, number> {
  const funnel = host.querySelector('[data-chart="funnel"]')!;
  if (!funnel.querySelector('table'))
    act(() => funnel.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click());
  const rows = [...funnel.querySelectorAll('tbody tr')].map((row) => [
    row.querySelector('th, td')?.textContent ?? '',
    Number(row.querySelectorAll('td')[0]?.getAttribute('data-value') ?? 0),
  ]);
  return Object.fromEntries(rows.filter(([, n]) => n !== 0));
}

/** The deals the funnel counts, read from its table (opened with its Table button if need be). */
export function dealsInFunnel(host: HTMLElement): number {
  const funnel = host.querySelector('[data-chart="funnel"]')!;
  if (!funnel.querySelector('table'))
    act(() => funnel.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click());
  const cells = [...funnel.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[0]);
  return cells.reduce((sum, cell) => sum + Number(cell?.getAttribute('data-value') ?? 0), 0);
}

/**
 * The platform's store with every call's method recorded in `asked`, in order; `pass` may hold
 * an answer back (it gets the method and the real answer, and returns what the caller sees).
 */
function recordingStore(
  client: RpcClient,
  asked: string[],
  pass: (method: string, answer: Promise<unknown>) => Promise<unknown> = (_, answer) => answer,
) {
  return {
    ...client,
    on: client.on.bind(client),
    call(method: string, input: unknown) {
      asked.push(method);
      return pass(method, (client.call as (m: string, i: unknown) => Promise<unknown>)(method, input));
    },
  };
}

/**
 * A platform for a view's test: its store records every call's method in `asked`
 * (`recordingStore`), and holds the answers to `method` in the list `held()` returns (while it
 * returns one) until the test calls them.
 */
export function holdingPlatform(
  client: RpcClient,
  asked: string[],
  method: string,
  held: () => (() => void)[] | null,
  onReconnect: (listener: () => void) => () => void = () => () => undefined,
): Platform {
  const store = recordingStore(client, asked, (called, answer) => {
    const list = held();
    return called !== method || !list
      ? answer
      : new Promise((resolve, reject) => list.push(() => void answer.then(resolve, reject)));
  });
  return { kind: 'browser', store, onReconnect } as unknown as Platform;
}
