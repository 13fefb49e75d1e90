import { errorText } from '../../../shared/errorText';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../shared/rpc/contract';
import { readsOf } from './methodReads';
import { keepingAnswer, keptAnswer } from './keptAnswers';
import { sharedAnswer } from './sharedAnswer';
import { platform } from './session';
import { afterStartup } from './startupOrder';

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
  /**
   * Not part of what the first screen waits for: the first run waits until start-up is done
   * (the live board is on screen, see startupOrder.ts), so the board's reads go first.
   */
  afterStartup?: boolean;
  /**
   * Keep the last answer after the view unmounts (state/keptAnswers.ts): the next mount, or a
   * return to an input asked before, shows it at once, without asking the store, while nothing
   * it reads has changed since (and the local day is the same); else it asks, as usual.
   */
  keep?: boolean;
  /**
   * A view kept mounted but not on screen (Insights drawn ahead, app/KeptInsights.tsx): a change
   * marks what it holds as out of date (`loading`, the data kept) at once, and it asks again only
   * when it stops being background (the visit); an answer that arrives while it is still in the
   * background (its first, drawn ahead) is rendered in a transition.
   */
  background?: boolean;
  /**
   * With `settleMs`: the first ask of a mount waits `settleMs` too (the view shows loading
   * meanwhile). For a costly query asked by a view the rep returns to often (My numbers on the
   * board), so a return right after a change does not put its read ahead of the rep's next save.
   */
  settleFirst?: boolean;
}

/** The kept answer for this input (`keep`), while it is current: see keptAnswers.ts. */
function keptFor<K extends MethodName>(keep: boolean, method: K, key: string): ResultOf<K> | undefined {
  return keep && key !== 'null'
    ? (keptAnswer(platform(), method, key) as ResultOf<K> | undefined)
    : undefined;
}

/** `askAndKeep`'s asks not answered yet, per store client, by method and input. */
const asking = new WeakMap<object, Map<string, Promise<void>>>();

const askingOn = (store: object) => {
  let pending = asking.get(store);
  if (!pending) asking.set(store, (pending = new Map()));
  return pending;
};

/**
 * Ask the store now and keep the answer (state/keptAnswers.ts), for a view not yet mounted: its
 * `useLiveQuery(…, { keep: true })` with the same input then starts from this answer; mounted
 * before the answer came, it waits for it rather than asking again.
 */
export function askAndKeep<K extends MethodName>(method: K, input: InputOf<K>): Promise<void> {
  const current = platform();
  const key = JSON.stringify(input);
  const keepIt = keepingAnswer(current, method, key);
  const pending = askingOn(current.store);
  const id = `${method} ${key}`;
  const ask = current.store.call(method, input).then(keepIt);
  pending.set(id, ask);
  const done = () => {
    if (pending.get(id) === ask) pending.delete(id);
  };
  ask.then(done, done);
  return ask;
}

/**
 * Run a store query and run it again whenever a committed command changes one of the tables
 * the query declares it reads in the contract (or the store host restarts). Bookkeeping
 * writes (`silent` commands) never reload a view. The last good data stays visible while
 * reloading. With `keep`, a new answer keeps every part equal to the last one's
 * (state/sharedAnswer.ts): a memoized view of a part that did not change is not drawn again.
 */
export function useLiveQuery<K extends MethodName>(
  method: K,
  input: InputOf<K> | null,
  {
    settleMs = 0,
    afterStartup: deferred = false,
    keep = false,
    background = false,
    settleFirst = false,
  }: LiveQueryOptions = {},
): LiveQuery<ResultOf<K>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<LiveQuery<ResultOf<K>>>(() => {
    const data = keptFor(keep, method, key);
    return data === undefined
      ? { status: 'loading', data: null, error: null }
      : { status: 'ready', data, error: null };
  });
  const generation = useRef(0);
  /** The data last shown: a new answer shares its unchanged parts. */
  const shown = useRef(state.data);
  const inBackground = useRef(background);
  /** Makes the re-ask a change left waiting (the view was not on screen). */
  const askNow = useRef<() => void>(() => undefined);
  useEffect(() => {
    inBackground.current = background;
    if (!background) askNow.current();
  }, [background]);

  useEffect(() => {
    if (key === 'null') return;
    const parsedInput = JSON.parse(key) as InputOf<K>;
    const current = platform();
    const { store, onReconnect } = current;
    let alive = true;
    const run = () => {
      const mine = ++generation.current;
      const keepIt = keep ? keepingAnswer(current, method, key) : null;
      store.call(method, parsedInput).then(
        (answer) => {
          if (!alive || mine !== generation.current) return;
          const data = keep ? sharedAnswer(shown.current, answer) : answer;
          shown.current = data;
          keepIt?.(data);
          const show = () => setState({ status: 'ready', data, error: null });
          if (inBackground.current) startTransition(show);
          else show();
        },
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
    let started = false;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const showKept = (data: ResultOf<K>) => {
      generation.current++;
      shown.current = data;
      setState((s) => (s.data === data ? s : { status: 'ready', data, error: null }));
    };
    const start = () => {
      started = true;
      // A kept answer still current is this input's answer: shown (again, after a return to it), not asked.
      const data = keptFor(keep, method, key);
      const asked = keep && data === undefined ? askingOn(store).get(`${method} ${key}`) : undefined;
      if (asked) {
        // Asked ahead (`askAndKeep`) and not answered yet: that answer, if it is still current
        // once kept, rather than a second ask.
        const after = () => {
          if (!alive) return;
          const answer = keptFor(keep, method, key);
          if (answer === undefined) run();
          else showKept(answer);
        };
        asked.then(after, after);
        return;
      }
      if (data === undefined) {
        // What this state holds from before (a view kept hidden meanwhile) may be out of date:
        // still shown, but loading until the answer comes.
        if (keep)
          setState((s) => (s.status === 'ready' ? { status: 'loading', data: s.data, error: null } : s));
        if (settleFirst && settleMs > 0) settle = setTimeout(run, settleMs);
        else run();
        return;
      }
      showKept(data);
    };
    const cancelStart = deferred ? afterStartup(start) : null;
    if (!deferred) start();
    // Before the contract is in (methodReads.ts), any change may be one this query reads.
    const watches = (table: string) => readsOf(method)?.includes(table) ?? true;
    // Not on screen: out of date at once, and asked again only when shown (`askNow`). A re-ask
    // and redraw behind the board's back, after each of the rep's moves, held up the next drop's
    // save and keystrokes (bench: drop → saved 38 → 217 ms median); a visit asks at once and
    // redraws only the charts whose figures changed.
    let stale = false;
    askNow.current = () => {
      if (!stale) return;
      stale = false;
      run();
    };
    const later = () => {
      setState((s) => (s.status === 'ready' ? { status: 'loading', data: s.data, error: null } : s));
      stale = true;
    };
    const changed = () => {
      if (!started) return; // its first run reads the change anyway
      if (inBackground.current) return later();
      if (settleMs <= 0) return run();
      clearTimeout(settle);
      settle = setTimeout(run, settleMs);
    };
    const offChange = store.on('store.changed', (event) => {
      if (!event.silent && event.tables.some(watches)) changed();
    });
    const offReconnect = onReconnect(() => {
      if (started) (inBackground.current ? later : run)();
    });
    return () => {
      alive = false;
      cancelStart?.();
      clearTimeout(settle);
      askNow.current = () => undefined;
      offChange();
      offReconnect();
    };
  }, [method, key, settleMs, deferred, keep, settleFirst]);

  return state;
}
