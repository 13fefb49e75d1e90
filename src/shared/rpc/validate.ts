import { findForbiddenKey } from '../domains/backup/safeJson';
import { contract, isMethodName, type MethodName } from './contract';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan } from './depth';
import { RpcError } from './protocol';

/**
 * The one gate every call passes before a handler runs (normal and recovery mode alike): a
 * method of the contract, a payload that is not absurdly deep, uses no reserved name and
 * matches the method's schema. Returns the parsed input; throws `unknown-method` or
 * `invalid-input` with a plain message naming where it went wrong.
 */
export function validateCall(method: string, params: unknown): { method: MethodName; input: unknown } {
  if (!isMethodName(method)) throw new RpcError('unknown-method', `The store has no method "${method}".`);
  if (nestsDeeperThan(params))
    throw new RpcError(
      'invalid-input',
      `Invalid ${method} request: it is nested more than ${MAX_PAYLOAD_DEPTH} levels deep.`,
    );
  const reserved = findForbiddenKey(params);
  if (reserved)
    throw new RpcError(
      'invalid-input',
      `Invalid ${method} request: "${reserved.key}" cannot be used as a name${reserved.at ? ` (in ${reserved.at})` : ''}.`,
    );
  const parsed = contract[method].input.safeParse(params);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    throw new RpcError(
      'invalid-input',
      `Invalid ${method} request${where}: ${first?.message ?? 'bad input'}`,
      parsed.error.issues,
    );
  }
  return { method, input: parsed.data };
}
