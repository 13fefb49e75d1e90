import { z } from 'zod';

/** Error codes a caller can act on. */
export const RPC_ERROR_CODES = [
  'invalid-input',
  'unknown-method',
  'not-found',
  'blocked',
  'conflict',
  'storage-full',
  'unavailable',
  /** The store did not answer within the caller's time limit (set by the client, never sent). */
  'timeout',
  'internal',
] as const;
export type RpcErrorCode = (typeof RPC_ERROR_CODES)[number];

export interface RpcErrorShape {
  code: RpcErrorCode;
  message: string;
  /** Extra detail: validation issues, or a blocked stage decision. */
  details?: unknown;
}

/** A typed error: thrown by handlers, carried over the wire, rethrown in the client. */
export class RpcError extends Error implements RpcErrorShape {
  readonly code: RpcErrorCode;
  readonly details?: unknown;
  constructor(code: RpcErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'RpcError';
    this.code = code;
    this.details = details;
  }
  toJSON(): RpcErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** The envelopes that travel over an Endpoint. Validated on receipt by both sides. */
export const RequestMessage = z.object({
  kind: z.literal('request'),
  id: z.number().int(),
  method: z.string().max(100),
  params: z.unknown(),
});
export type RequestMessage = z.infer<typeof RequestMessage>;

export const ResponseMessage = z.discriminatedUnion('ok', [
  z.object({ kind: z.literal('response'), id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({
    kind: z.literal('response'),
    id: z.number().int(),
    ok: z.literal(false),
    error: z.object({ code: z.enum(RPC_ERROR_CODES), message: z.string(), details: z.unknown().optional() }),
  }),
]);
export type ResponseMessage = z.infer<typeof ResponseMessage>;

export const EventMessage = z.object({ kind: z.literal('event'), name: z.string(), payload: z.unknown() });
export type EventMessage = z.infer<typeof EventMessage>;
