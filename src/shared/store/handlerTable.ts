import type { MethodName, ParsedInputOf, ResultOf } from '../rpc/contract';
import type { StoreContext } from './context';

export type Handler<K extends MethodName> = (
  input: ParsedInputOf<K>,
  ctx: StoreContext,
) => Promise<ResultOf<K>>;

/** A domain's handlers: exactly the methods it names, each typed from the contract. */
export type HandlerTable<K extends MethodName> = { [P in K]: Handler<P> };
