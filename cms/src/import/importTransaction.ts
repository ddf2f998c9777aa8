import { beginTransaction } from '@payloadcms/drizzle';
import type { Payload, PayloadRequest } from 'payload';

/**
 * Opens a database transaction on `req`, so every Local API call given `req` writes inside it. Payload's SQLite
 * adapter opens none by itself (they would lock the file for the running CMS) but carries the SQL adapters'
 * transaction code, which the backup import uses too (`backup/restoreDatabase.ts`); MongoDB opens its own on a
 * replica set. Without a transaction the import would not be all or nothing: it refuses to start.
 */
export async function openTransaction(payload: Payload, req: PayloadRequest): Promise<void> {
  const fromAdapter = await payload.db.beginTransaction();
  const id =
    fromAdapter ??
    (payload.db.name === 'sqlite'
      ? await beginTransaction.call(payload.db as unknown as ThisParameterType<typeof beginTransaction>)
      : null);
  if (!id) throw new Error(`The ${payload.db.name} database cannot run the import in one transaction; nothing was changed.`);
  req.transactionID = id;
}

/**
 * A failed Local API write rolls the open transaction back and takes it off `req` (Payload's `killTransaction`):
 * whatever the import wrote before is gone, and it will not commit. Checking goes on in a new one, so the report
 * lists the problems of every record.
 */
export async function ensureTransaction(payload: Payload, req: PayloadRequest): Promise<void> {
  if (req.transactionID === undefined) await openTransaction(payload, req);
}

export async function closeTransaction(payload: Payload, req: PayloadRequest, how: 'commit' | 'rollback'): Promise<void> {
  const id = req.transactionID;
  delete req.transactionID;
  if (id === undefined) return;
  const resolved = await id;
  if (!resolved) return;
  if (how === 'commit') await payload.db.commitTransaction(resolved);
  else await payload.db.rollbackTransaction(resolved);
}
