// The store's typed error, zod-free: the UI's first screen may need it before the envelopes'
// schemas (protocol.ts) are built.

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
