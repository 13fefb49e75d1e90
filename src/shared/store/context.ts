import type { Deal } from '../model';
import type { FieldlineDB } from './db';
import type { HeldBoard } from '../domains/board/handlers/held';

/** What every handler gets: the database, a clock, an id source and a transaction helper. */
export interface StoreContext {
  readonly db: FieldlineDB;
  now(): number;
  newId(): string;
  /**
   * Run `fn` in ONE read-write Dexie transaction over the tables the running command declares
   * (its `reads` and `writes` in the contract). When it commits, the service emits a change
   * event naming the tables and deals it really wrote. Only commands may write.
   * `fn` may call `issued()` once it has issued its last write (not yet answered): the store's
   * bookkeeping of the transaction (cards, rollups) then starts, its reads going out with what
   * `fn` still waits on; a write after it is not lost, only kept in a second pass.
   */
  write<T>(fn: (issued: () => void) => Promise<T>): Promise<T>;
  /** State that lives as long as the service (not persisted). */
  readonly session: SessionState;
}

export interface SessionState {
  /** The deal before and after each recent transition, by stage-history id, for undo. */
  undo: Map<string, { before: Deal; after: Deal }>;
  /** What the database held before this start upgraded its schema, until main saved it. */
  preUpgradeBackup: string | null;
  /** What the rep is told about this start (the data was rebuilt from the journal), or null. */
  notice: string | null;
  /** Boards whose first page's leaves are kept for their later ranges, by token (board/handlers/held.ts). */
  heldBoards: Map<string, HeldBoard>;
}

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
