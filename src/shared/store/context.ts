import type { Deal } from '../model';
import type { FieldlineDB } from './db';
import type { TableName } from './schema';

/** What every handler gets: the database, a clock, an id source and a transaction helper. */
export interface StoreContext {
  readonly db: FieldlineDB;
  now(): number;
  newId(): string;
  /**
   * Run `fn` in ONE read-write Dexie transaction over `tables`. When it commits, the
   * service emits a change event naming the tables and deals it really wrote, and `ids`.
   */
  write<T>(tables: TableName[], fn: () => Promise<T>, ids?: string[]): Promise<T>;
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
}

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
