import { RpcError } from '../rpc/protocol';

export function notFound(what: string, id: string): RpcError {
  return new RpcError('not-found', `${what} ${id} was not found; it may have been removed.`);
}

/** Translate storage failures (quota, closed database) into typed errors a rep can act on. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof RpcError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new RpcError(
      'storage-full',
      'The disk is full, so nothing was saved. Free some space and try again; your data is unchanged.',
    );
  }
  if (
    name === 'ConstraintError' ||
    inner === 'ConstraintError' ||
    (name === 'BulkError' && /ConstraintError|Key already exists/.test(String((error as Error).message)))
  ) {
    return new RpcError(
      'conflict',
      'Some of these records already exist, so nothing was saved. Your data is unchanged.',
    );
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError') {
    return new RpcError('unavailable', 'The database is not open. Your data was not changed.');
  }
  return error;
}
