import type { ChangeEvent } from '../rpc/views';
import { contract, isMethodName, type MethodName } from '../rpc/contract';
import { findForbiddenKey } from '../domains/backup/safeJson';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan } from '../rpc/depth';
import { RpcError } from '../rpc/protocol';
import type { Clock, SessionState, StoreContext } from './context';
import { BoundedMap } from './boundedMap';
import { systemClock } from './context';
import type { FieldlineDB } from './db';
import type { WriteLog } from './dealTracker';
import { toStoreError } from './errors';
import {
  createWriteQueue,
  DEFAULT_COMPACT_AFTER,
  takeNextSeq,
  takeSnapshot,
  type StoreJournal,
} from './journaling';
import type { Handler, HandlerTable } from './handlerTable';
import { activityHandlers } from '../domains/activities/handlers';
import { backupHandlers } from '../domains/backup/handlers';
import { boardHandlers } from '../domains/board/handlers';
import { dealHandlers } from '../domains/deals/handlers';
import { dataIoHandlers } from '../domains/import/handlers';
import { followUpHandlers } from '../domains/followUps/handlers';
import { handoffHandlers } from '../domains/handoff/handlers';
import { insightsHandlers } from '../domains/insights/handlers';
import { pipelineHandlers } from '../domains/pipelines/handlers';
import { transitionHandlers } from '../domains/deals/transitions';

/** Every method of the contract, implemented once; the compiler checks none is missing. */
const handlers: HandlerTable<MethodName> = {
  ...backupHandlers,
  ...boardHandlers,
  ...dealHandlers,
  ...dataIoHandlers,
  ...activityHandlers,
  ...followUpHandlers,
  ...handoffHandlers,
  ...insightsHandlers,
  ...pipelineHandlers,
  ...transitionHandlers,
};

export interface StoreService {
  call(method: string, params: unknown): Promise<unknown>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

export interface ServiceOptions {
  db: FieldlineDB;
  clock?: Clock;
  newId?: () => string;
  /** A snapshot taken before a schema upgrade at open (see preUpgrade.ts). */
  preUpgradeBackup?: string | null;
  /** Where committed writes are journaled before the caller hears "done" (journaling.ts). */
  journal?: StoreJournal | undefined;
  /** What the rep should be told about this start (e.g. the data was rebuilt from the journal). */
  notice?: string | null;
}

/**
 * The store service: validates each call against the contract, runs its handler (commands
 * in one Dexie transaction) and, once that transaction has committed, tells every
 * listener which tables and which deals changed.
 */
export function createStoreService({
  db,
  clock = systemClock,
  newId = () => crypto.randomUUID(),
  preUpgradeBackup = null,
  journal,
  notice = null,
}: ServiceOptions): StoreService {
  const queue = createWriteQueue();
  const compactAfter = journal?.compactAfter ?? DEFAULT_COMPACT_AFTER;
  let compacting: Promise<void> | null = null;
  /** Snapshot + truncate once enough has been appended (in the background, never failing a call). */
  const maybeCompact = (force = false) => {
    if (!journal || compacting) return;
    const pending = journal.writer.pending();
    if (!force && pending.records < compactAfter.records && pending.bytes < compactAfter.bytes) return;
    // Not in the write queue: the snapshot is one consistent read transaction, and the writer
    // keeps every record appended after it (its sequence is higher than the snapshot's).
    compacting = (async () => {
      const snapshot = await takeSnapshot(db, clock.now(), journal.database);
      if (snapshot) await journal.writer.compact(snapshot.text, snapshot.seq);
    })()
      .catch(() => undefined)
      .finally(() => (compacting = null));
  };
  const listeners = new Set<(event: ChangeEvent) => void>();
  const session: SessionState = { undo: new BoundedMap(100), preUpgradeBackup, notice };

  return {
    async call(method, params) {
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
      const written: WriteLog = { tables: new Set(), dealIds: new Set() };
      const ids = new Set<string>();
      const ctx: StoreContext = {
        db,
        now: () => clock.now(),
        newId,
        session,
        write: (tables, fn, touched = []) =>
          queue(async () => {
            const log: WriteLog = { tables: new Set(), dealIds: new Set(), ops: [] };
            let journaled: { dbId: string; seq: number } | null = null;
            const result = await db.transaction('rw', [...tables, 'meta'], async (tx) => {
              db.dealTracker.watch(tx, log);
              const value = await fn();
              // The sequence number is taken in the same transaction as the writes it numbers.
              if (journal && log.ops && log.ops.length > 0) journaled = await takeNextSeq(db, newId);
              return value;
            });
            // Committed. The caller hears "done" only once the journal has it on disk too.
            if (journal && journaled) {
              const { dbId, seq } = journaled;
              await journal.writer
                .append({ dbId, seq, at: clock.now(), method, ops: log.ops ?? [] })
                .catch((error: unknown) => {
                  throw new RpcError(
                    'storage-full',
                    `Saved, but the safety journal could not be written (${error instanceof Error ? error.message : String(error)}). Free some disk space; a backup is advised.`,
                  );
                });
              maybeCompact();
            }
            log.tables.forEach((t) => written.tables.add(t));
            log.dealIds.forEach((id) => written.dealIds.add(id));
            touched.forEach((id) => ids.add(id));
            return result;
          }),
      };
      const handler = handlers[method] as Handler<typeof method>;
      try {
        const result = await handler(parsed.data as never, ctx);
        // Each backup (and a restore, which rewrites everything) compacts the journal into a snapshot.
        if (method === 'backup.export' || method === 'backup.restore') maybeCompact(true);
        return result;
      } catch (error) {
        throw toStoreError(error);
      } finally {
        // Only what committed: a command that changed nothing tells no one.
        if (written.tables.size > 0) {
          const event: ChangeEvent = {
            tables: [...written.tables],
            method,
            ids: [...ids],
            dealIds: [...written.dealIds],
          };
          for (const listener of listeners) listener(event);
        }
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
