import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { beginDatabaseTransaction, closeTransaction } from '../database/transactions.ts';

/**
 * Documents written per SQLite transaction. Payload's SQLite adapter runs without transactions, so every row it
 * writes is a commit of its own, each waiting for the disk (WAL with `synchronous = FULL`): a document in four
 * languages is a few dozen commits. One transaction per batch makes it one commit per batch. Fifty keeps a batch to
 * a second or two, so anything else waiting for the file (`busyTimeout`, 10 s) is not kept waiting long.
 */
export const documentsPerCommit = 50;

/** The request the seed's Local API calls share, inside the open batch's transaction (none on MongoDB). */
export interface SeedBatches {
  req: PayloadRequest;
  /** One document written: commits the batch and opens the next when it is full. */
  written(): Promise<void>;
  /**
   * Runs writes that cannot be in a batch (their hooks write without passing `req` on, and would wait for the
   * batch's lock): commits the open batch, runs them, opens the next.
   */
  outside<T>(work: () => Promise<T>): Promise<T>;
  /** Commits what the open batch holds. */
  commit(): Promise<void>;
  /** Undoes the open batch (earlier batches stay committed: the seed keeps what exists, so a new run goes on). */
  rollback(): Promise<void>;
}

/**
 * Opens the seed's first batch; without `transactions`, or on MongoDB, every write commits alone as before. The writes go through the Local API as they would without it (same hooks,
 * validation, versions, same order): only when they are committed changes. Every call that should be in the batch
 * must pass `req`; a call without it would wait for the batch's lock. Payload's transaction code for SQL adapters
 * is the one the backup restore and the import use (`database/transactions.ts`).
 */
export async function openSeedBatches(payload: Payload, { transactions }: { transactions: boolean }): Promise<SeedBatches> {
  const req = await createLocalReq({}, payload);
  const open = async () => {
    if (!transactions || payload.db.name !== 'sqlite') return;
    const id = await beginDatabaseTransaction(payload);
    if (id !== undefined) req.transactionID = id;
  };
  const close = (how: 'commit' | 'rollback') => closeTransaction(payload, req, how);
  let inBatch = 0;
  await open();
  return {
    req,
    async written() {
      inBatch += 1;
      if (inBatch < documentsPerCommit) return;
      inBatch = 0;
      await close('commit');
      await open();
    },
    async outside(work) {
      inBatch = 0;
      await close('commit');
      try {
        return await work();
      } finally {
        await open();
      }
    },
    commit: () => close('commit'),
    rollback: () => close('rollback'),
  };
}
