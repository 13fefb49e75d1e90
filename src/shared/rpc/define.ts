import type { z } from 'zod';

/**
 * A method of the store contract: a zod schema for its input (checked at the service
 * boundary) and a phantom type for its result (checked by the compiler on both sides).
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly kind: 'command' | 'query';
  /** Never set at run time: carries the result type. */
  readonly output?: O;
}

function spec<I extends z.ZodType>(input: I, kind: 'command' | 'query') {
  return { returns: <O>(): MethodSpec<I, O> => ({ input, kind }) };
}

/** A read: `query(InputSchema).returns<Result>()`. */
export const query = <I extends z.ZodType>(input: I) => spec(input, 'query');

/** A write that runs in one transaction and emits a change event. */
export const command = <I extends z.ZodType>(input: I) => spec(input, 'command');
