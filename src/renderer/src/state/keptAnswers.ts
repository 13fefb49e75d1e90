import type { MethodName } from '../../../shared/rpc/contract';
import { readsOf } from './methodReads';
import type { Platform } from '../platform';

/**
 * The last answers of some live queries (`useLiveQuery(…, { keep: true })`), kept after their
 * view unmounts so that the next visit draws them at once instead of asking the store again —
 * but only while they are still what the store would answer: an answer is dropped when a
 * committed change names a table its method reads (as the contract declares; bookkeeping writes,
 * `silent`, change nothing a query reads), when the store host restarts, and when the local day
 * has changed since it was asked (periods and weeks are whole local days). A change notice that
 * arrives after a query was sent but before its answer drops that answer too: it may predate it.
 * Kept per store client, so a new client (or a test's) starts empty.
 */
interface Book {
  /** Non-silent changes seen per table (and restarts under ""), since this book began. */
  changes: Map<string, number>;
  answers: Map<string, Kept>;
}

interface Kept {
  data: unknown;
  /** The method's tables' change counts when the query was sent. */
  version: number;
  day: string;
}

/** At most this many answers (a few periods of a few pipelines): each is small. */
const MAX_KEPT = 8;

const books = new WeakMap<object, Book>();

const localDay = (now: number) => new Date(now).toDateString();

function bookOf({ store, onReconnect }: Platform): Book {
  let book = books.get(store);
  if (book) return book;
  const changes = new Map<string, number>();
  const bump = (table: string) => changes.set(table, (changes.get(table) ?? 0) + 1);
  // Never unsubscribed: the book lives as long as its store client, and a listener is tiny.
  store.on('store.changed', (event) => {
    if (!event.silent) event.tables.forEach(bump);
  });
  onReconnect(() => bump(''));
  book = { changes, answers: new Map() };
  books.set(store, book);
  return book;
}

/** NaN (never equal, so never current) while the method's tables are not known yet. */
function versionOf(book: Book, method: MethodName): number {
  const reads = readsOf(method);
  if (reads === null) return NaN;
  let sum = book.changes.get('') ?? 0;
  for (const table of reads) sum += book.changes.get(table) ?? 0;
  return sum;
}

/** A query about to be sent: `keep(data)` keeps its answer, marked with what it may have missed. */
export function keepingAnswer(platform: Platform, method: MethodName, key: string, now = Date.now()) {
  const book = bookOf(platform);
  const version = versionOf(book, method);
  const day = localDay(now);
  const id = `${method} ${key}`;
  return (data: unknown) => {
    book.answers.delete(id);
    book.answers.set(id, { data, version, day });
    if (book.answers.size > MAX_KEPT) book.answers.delete(book.answers.keys().next().value!);
  };
}

/** The kept answer to `method` with this input, if it is still current; else undefined. */
export function keptAnswer(platform: Platform, method: MethodName, key: string, now = Date.now()): unknown {
  const book = bookOf(platform);
  const id = `${method} ${key}`;
  const kept = book.answers.get(id);
  if (!kept) return undefined;
  if (kept.version === versionOf(book, method) && kept.day === localDay(now)) return kept.data;
  book.answers.delete(id);
  return undefined;
}
