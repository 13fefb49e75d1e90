import { errorText } from '../../../shared/errorText';
import { useEffect, useRef, useState } from 'react';
import { contract, type InputOf, type MethodName, type ResultOf } from '../../../shared/rpc/contract';
import { platform } from './session';

export type LiveQuery<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: string };

export interface LiveQueryOptions {
  /**
   * Re-run only once changes have paused this long (ms): for a secondary summary beside a
   * view that must stay quick (a burst of moves reloads it once, after the view's own reads).
   */
  settleMs?: number;
}

/**
 * Run a store query and run it again whenever a committed command changes one of the tables
 * the query declares it reads in the contract (or the store host restarts). Bookkeeping
 * writes (`silent` commands) never reload a view. The last good data stays visible while
 * reloading.
 */
export function useLiveQuery<K extends MethodName>(
  method: K,
  input: InputOf<K> | null,
  { settleMs = 0 }: LiveQueryOptions = {},
): LiveQuery<ResultOf<K>> {
  const [state, setState] = useState<LiveQuery<ResultOf<K>>>({ status: 'loading', data: null, error: null });
  const key = JSON.stringify(input);
  const generation = useRef(0);

  useEffect(() => {
    if (key === 'null') return;
    const parsedInput = JSON.parse(key) as InputOf<K>;
    const { store, onReconnect } = platform();
    let alive = true;
    const run = () => {
      const mine = ++generation.current;
      store.call(method, parsedInput).then(
        (data) => alive && mine === generation.current && setState({ status: 'ready', data, error: null }),
        (error: unknown) =>
          alive &&
          mine === generation.current &&
          setState((s) => ({
            status: 'error',
            data: s.data,
            error: errorText(error),
          })),
      );
    };
    run();
    const watched: ReadonlySet<string> = new Set(contract[method].reads);
    let settle: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      if (settleMs <= 0) return run();
      clearTimeout(settle);
      settle = setTimeout(run, settleMs);
    };
    const offChange = store.on('store.changed', (event) => {
      if (!event.silent && event.tables.some((t) => watched.has(t))) changed();
    });
    const offReconnect = onReconnect(run);
    return () => {
      alive = false;
      clearTimeout(settle);
      offChange();
      offReconnect();
    };
  }, [method, key, settleMs]);

  return state;
}
