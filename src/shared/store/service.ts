import { errorText } from '../errorText';
import type { ChangeEvent } from '../rpc/views';
import { contract } from '../rpc/contract';
import { RpcError } from '../rpc/protocol';
import { validateCall } from '../rpc/validate';
import type { Clock, SessionState, StoreContext } from './context';
import { HELD_BOARDS } from '../domains/board/handlers/held';
import { BoundedMap } from './boundedMap';
import { CARD_INPUTS, refreshCards } from './cardProjection';
import { refreshRollups, ROLLUP_INPUTS, ROLLUP_TABLES } from './rollups';
import { systemClock } from './context';
import type { FieldlineDB } from './db';
import type { WriteLog } from './dealTracker';
import { toStoreError } from './errors';
import { handlers } from './handlers';
import { idleTrigger } from './idleTrigger';
import type { Handler } from './handlerTable';
import {
  createWriteFeed,
  createWriteQueue,
  DEFAULT_COMPACT_AFTER,
  takeNextSeq,
  takeSnapshot,
  type StoreJournal,
} from './journaling';

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
  /** What each write commits, told to a snapshot being read beside the saves. */
  const feed = createWriteFeed();
  const compactAfter = journal?.compactAfter ?? DEFAULT_COMPACT_AFTER;
  let compacting: Promise<void> | null = null;
  /** Snapshot + truncate once enough has been appended (in the background, never failing a call). */
  const maybeCompact = (force = false) => {
    if (!journal || compacting) return;
    const pending = journal.writer.pending();
    if (!force && pending.records < compactAfter.records && pending.bytes < compactAfter.bytes) return;
    // Not in the write queue: the snapshot is read in short slices, each after the writes queued
    // before it (a save waits for one slice at most), and is exact at the sequence number it
    // names; the writer keeps every record appended after it (a higher sequence number).
    compacting = (async () => {
      const snapshot = await takeSnapshot(db, clock.now(), journal.database, {
        feed,
        beforeSlice: queue.settled,
        ...(journal.snapshotSlice ? { slice: journal.snapshotSlice } : {}),
      });
      if (snapshot) await journal.writer.compact(snapshot.text, snapshot.seq);
    })()
      .catch(() => undefined)
      .finally(() => (compacting = null));
  };
  // A large journal left by earlier runs: compacted once the first calls are answered and none is in flight.
  const idle =
    journal?.compactWhenIdle === undefined
      ? null
      : idleTrigger(journal.compactWhenIdle, () => maybeCompact(true));
  const listeners = new Set<(event: ChangeEvent) => void>();
  const session: SessionState = {
    undo: new BoundedMap(100),
    preUpgradeBackup,
    notice,
    heldBoards: new BoundedMap(HELD_BOARDS),
  };

  const service: StoreService = {
    async call(name, params) {
      const { method, input } = validateCall(name, params);
      const spec = contract[method];
      /** A command's one transaction covers what it declares; a query cannot write. */
      const scope = [...new Set([...spec.writes, ...spec.reads])];
      // A command that may write a card input also keeps the card projection in its transaction.
      const projects = spec.writes.some((t) => CARD_INPUTS.has(t));
      // And one that may write a rollup input keeps the dashboard's rollups (rollups.ts).
      const rolls = spec.writes.some((t) => ROLLUP_INPUTS.has(t));
      const txTables = [
        ...new Set([
          ...scope,
          'meta',
          ...(projects ? ['cards', ...CARD_INPUTS] : []),
          ...(rolls ? [...ROLLUP_TABLES, ...ROLLUP_INPUTS] : []),
        ]),
      ];
      const written: WriteLog = { tables: new Set(), dealIds: new Set() };
      const ctx: StoreContext = {
        db,
        now: () => clock.now(),
        newId,
        session,
        write: (fn) => {
          if (spec.kind !== 'command')
            return Promise.reject(new RpcError('internal', `${method} is a query: it cannot write.`));
          return queue(async () => {
            const log: WriteLog = { tables: new Set(), dealIds: new Set(), ops: [] };
            let journaled: { dbId: string; seq: number } | null = null;
            const result = await db.transaction('rw', txTables, async (tx) => {
              db.dealTracker.watch(tx, log);
              const writes = () => log.ops?.length ?? 0;
              // Before it commits, side by side (each only reads what the command wrote, and
              // writes tables of its own; their requests share the round trips): the cards of
              // what this transaction changed (cardProjection.ts), the dashboard's rollups
              // (rollups.ts), and the sequence number (unless taken), in the same transaction
              // as the writes it numbers.
              const keep = (taken: boolean) =>
                Promise.all([
                  projects ? refreshCards(db, log, tx) : [],
                  rolls && refreshRollups(db, log, tx),
                  journal && !taken && writes() > 0 ? takeNextSeq(db, newId) : null,
                ]);
              // Started when the command says its last write is issued (IndexedDB answers a
              // transaction's requests in order: the reads see those writes), else after it.
              const early: { kept?: ReturnType<typeof keep>; writes: number } = { writes: 0 };
              const value = await fn(() => {
                if (early.kept) return;
                early.writes = writes();
                early.kept = keep(false);
                early.kept.catch(() => undefined); // the command failed: the transaction aborts
              });
              let [carded, rolled, seq] = await (early.kept ?? keep(false));
              if (early.kept && writes() > early.writes) {
                // Written after it said it was done: kept again from what is stored now.
                const [more, rolledMore, lateSeq] = await keep(seq !== null);
                carded = [...carded, ...more];
                rolled ||= rolledMore;
                seq ??= lateSeq;
              }
              carded.forEach((id) => log.dealIds.add(id));
              if (carded.length > 0) log.tables.add('cards');
              if (rolled) log.tables.add('rollups');
              if (seq) {
                journaled = seq;
                feed.notify(seq.seq, log.ops ?? []);
              }
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
                    `Saved, but the safety journal could not be written (${errorText(error)}). Free some disk space; a backup is advised.`,
                  );
                });
              maybeCompact();
            }
            log.tables.forEach((t) => written.tables.add(t));
            log.dealIds.forEach((id) => written.dealIds.add(id));
            return result;
          });
        },
      };
      const handler = handlers[method] as Handler<typeof method>;
      try {
        const result = await handler(input as never, ctx);
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
            silent: spec.silent,
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
  if (!idle) return service;
  return {
    ...service,
    async call(name, params) {
      idle.begin();
      try {
        return await service.call(name, params);
      } finally {
        idle.end();
      }
    },
  };
}
