import type { RpcClient } from '../../../shared/rpc/client';
import type { BoardPage } from '../../../shared/rpc/views';

/** The default board's first page as it is asked for at start-up (see useBoardData). */
export interface FirstPageInput {
  after: null;
  limit: number;
  split: number;
  /** Whether the board's count is wanted (only a board with no snapshot to show shows it). */
  count: boolean;
}

interface Early {
  input: FirstPageInput;
  answer: Promise<BoardPage>;
  /** A change was committed after it was sent: it may predate it. */
  stale: boolean;
  stop(): void;
}

let early: Early | null = null;

/**
 * Ask for the board's first page the moment the store client exists, before the app's first
 * render (app/boot.tsx): the store reads it as soon as the database is open, instead of after
 * the first screen has painted and the board's effect has run. The board takes the answer once
 * (`takeEarlyFirstPage`) as if it had asked itself; if any change was committed meanwhile, or it
 * asks for something else, it is dropped and the board reads again.
 */
export function readFirstPageEarly(store: RpcClient, input: FirstPageInput): void {
  early?.stop();
  const answer = store.call('board.page', input);
  const entry: Early = {
    input,
    answer,
    stale: false,
    stop: store.on('store.changed', (event) => {
      if (!event.silent) entry.stale = true;
    }),
  };
  early = entry;
  // Failed before the board asked (the store could not open): the board reads for itself, later.
  answer.catch(() => {
    if (early !== entry) return;
    early = null;
    entry.stop();
  });
}

/** The early first page, once, when it is the one asked for and nothing was committed since it was sent. */
export function takeEarlyFirstPage(input: {
  pipelineId?: string;
  after: string | null;
  limit: number;
  split?: number;
  count?: boolean;
}): Promise<BoardPage> | null {
  const entry = early;
  early = null;
  if (!entry) return null;
  entry.stop();
  const same =
    input.pipelineId === undefined &&
    input.after === null &&
    input.limit === entry.input.limit &&
    input.split === entry.input.split &&
    input.count === entry.input.count;
  return same && !entry.stale ? entry.answer : null;
}
