import type { FieldlineDB } from './db';
import type { TableName } from './schema';

/** What every handler gets: the database, a clock, an id source and a transaction helper. */
export interface StoreContext {
  readonly db: FieldlineDB;
  now(): number;
  newId(): string;
  /**
   * Run `fn` in ONE read-write Dexie transaction over `tables`. When it commits, the
   * service emits a change event naming those tables and `ids`.
   */
  write<T>(tables: TableName[], fn: () => Promise<T>, ids?: string[]): Promise<T>;
}

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
