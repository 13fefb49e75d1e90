import { RpcError } from '../../rpc/protocol';
import type { Handler, HandlerTable } from '../../store/handlerTable';
import type { recoveryMethods } from './contract';

type RecoveryMethod = keyof typeof recoveryMethods;

/** With the database open: it is open, and the ordinary backup tools are the way. */
export const recoveryHandlers: HandlerTable<RecoveryMethod> = {
  async 'recovery.status'(_input, ctx) {
    return { reason: null, database: ctx.db.name, notice: ctx.session.notice };
  },

  async 'recovery.retry'() {
    return { reason: null };
  },

  async 'recovery.exportReadable'() {
    throw new RpcError('conflict', 'The database is open: use "Export everything (JSON backup)" instead.');
  },

  async 'recovery.restore'() {
    throw new RpcError(
      'conflict',
      'The database is open: restore through "Restore from a backup file…" instead.',
    );
  },
};

/** What recovery mode offers: the state of the failed open and the ways out of it. */
export interface RecoveryMode {
  reason(): string | null;
  database(): string;
  retry(): Promise<string | null>;
  exportReadable(): Promise<{ text: string; counts: Record<string, number>; skipped: string[] }>;
  restore(text: string): Promise<{ database: string; counts: Record<string, number> }>;
}

type RecoveryModeTable = {
  [K in RecoveryMethod]: (input: Parameters<Handler<K>>[0]) => ReturnType<Handler<K>>;
};

/** The same methods when the database could not be opened (no store context exists). */
export function recoveryModeHandlers(mode: RecoveryMode): RecoveryModeTable {
  return {
    'recovery.status': async () => ({ reason: mode.reason(), database: mode.database() }),
    'recovery.retry': async () => ({ reason: await mode.retry() }),
    'recovery.exportReadable': () => mode.exportReadable(),
    'recovery.restore': ({ text }) => mode.restore(text),
  };
}
