import { useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/rpc/contract';
import { platform } from './session';

export type LiveQuery<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: string };

/**
 * Run a store query and run it again whenever a committed command changes one of `tables`
 * (or the store host restarts). The last good data stays visible while reloading.
 */
export function useLiveQuery<K extends MethodName>(
  method: K,
  input: InputOf<K> | null,
  tables: readonly string[],
): LiveQuery<ResultOf<K>> {
  const [state, setState] = useState<LiveQuery<ResultOf<K>>>({ status: 'loading', data: null, error: null });
  const key = JSON.stringify(input);
  const tablesKey = tables.join(',');
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
            error: error instanceof Error ? error.message : String(error),
          })),
      );
    };
    run();
    const watched = new Set(tablesKey.split(','));
    const offChange = store.on('store.changed', (event) => {
      if (event.tables.some((t) => watched.has(t))) run();
    });
    const offReconnect = onReconnect(run);
    return () => {
      alive = false;
      offChange();
      offReconnect();
    };
  }, [method, key, tablesKey]);

  return state;
}
