import type { z } from 'zod';
import type { ReadableTable, TableName } from '../store/schema';

/**
 * A method of the store contract: a zod schema for its input (checked at the service
 * boundary), the tables it touches and a phantom type for its result (checked by the
 * compiler on both sides). The marks are used at run time:
 * - a query's `reads` is what the UI's live queries watch: a committed command that wrote one
 *   of those tables makes them run again (no table list is written anywhere else); `cards`, the
 *   board's projection, is never declared by a command: the store keeps it and announces it;
 * - a command runs in ONE read-write transaction over exactly `reads` ∪ `writes`, so touching
 *   an undeclared table fails at once; a query is given no way to write;
 * - `silent` marks bookkeeping (a reminder marked shown): its change event says so, and views
 *   of the rep's data do not reload for it.
 * A test runs every method and checks that what it really read and wrote is declared.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly kind: 'command' | 'query';
  readonly reads: readonly ReadableTable[];
  readonly writes: readonly TableName[];
  readonly silent: boolean;
  /** Never set at run time: carries the result type. */
  readonly output?: O;
}

interface CommandMarks {
  writes: readonly TableName[];
  /** Tables read but not written (the transaction covers them too). */
  reads?: readonly TableName[];
  silent?: boolean;
}

/** A read: `query(InputSchema, ['deals', …]).returns<Result>()`. */
export const query = <I extends z.ZodType>(input: I, reads: readonly ReadableTable[]) => ({
  returns: <O>(): MethodSpec<I, O> => ({ input, kind: 'query', reads, writes: [], silent: false }),
});

/** A write: `command(InputSchema, { writes: […], reads: […] }).returns<Result>()`. */
export const command = <I extends z.ZodType>(
  input: I,
  { writes, reads = [], silent = false }: CommandMarks,
) => ({
  returns: <O>(): MethodSpec<I, O> => ({ input, kind: 'command', reads, writes, silent }),
});
