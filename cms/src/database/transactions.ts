import { beginTransaction } from '@payloadcms/drizzle';
import type { Payload, PayloadRequest } from 'payload';

/**
 * A database transaction for work that must be all or nothing (backup restore, import, seed batches). Payload's
 * SQLite adapter opens none by itself (they would lock the file for the running CMS) but carries the SQL adapters'
 * transaction code, used here; MongoDB's adapter opens its own on a replica set. `undefined` where neither can.
 */
export async function beginDatabaseTransaction(payload: Payload): Promise<number | string | undefined> {
  const fromAdapter = await payload.db.beginTransaction();
  if (fromAdapter) return fromAdapter;
  if (payload.db.name !== 'sqlite') return undefined;
  return (await beginTransaction.call(payload.db as unknown as ThisParameterType<typeof beginTransaction>)) ?? undefined;
}

/**
 * Opens a transaction on `req`, so every Local API or adapter call given `req` writes inside it; `work` ("the
 * import") names what is refused when the database cannot run one.
 */
export async function openTransaction(payload: Payload, req: PayloadRequest, work: string): Promise<void> {
  const id = await beginDatabaseTransaction(payload);
  if (id === undefined) throw new Error(`The ${payload.db.name} database cannot run ${work} in one transaction; nothing was changed.`);
  req.transactionID = id;
}

/** Commits or rolls back the transaction open on `req`, if any (a failed Local API write has already rolled it back). */
export async function closeTransaction(payload: Payload, req: PayloadRequest, how: 'commit' | 'rollback'): Promise<void> {
  const id = req.transactionID;
  delete req.transactionID;
  if (id === undefined) return;
  const resolved = await id;
  if (!resolved) return;
  if (how === 'commit') await payload.db.commitTransaction(resolved);
  else await payload.db.rollbackTransaction(resolved);
}
