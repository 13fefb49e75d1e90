import { z } from 'zod';
import { RPC_ERROR_CODES } from './rpcError';

export { RPC_ERROR_CODES, RpcError, type RpcErrorCode, type RpcErrorShape } from './rpcError';

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
