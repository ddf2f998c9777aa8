import { randomUUID } from 'node:crypto';
import type { BaseDatabaseAdapter, Payload, PayloadRequest } from 'payload';

/**
 * The content generation: a value in Payload's key-value store (a table of the same database, so every CMS process
 * and machine sharing the database reads the same one) that takes a new value after every change the public could
 * read. A cached answer is served only while the generation it was made under is still the current one.
 */
const generationKey = 'public-content-generation';

interface Generation {
  id: string;
}

/** The current generation; the first read on a new database sets one. */
export async function readContentGeneration(payload: Payload): Promise<string> {
  const stored = await payload.kv.get<Generation>(generationKey);
  if (stored?.id) return stored.id;
  return advanceContentGeneration(payload);
}

async function advanceContentGeneration(payload: Payload): Promise<string> {
  const id = randomUUID();
  await payload.kv.set(generationKey, { id } satisfies Generation);
  return id;
}

type TransactionId = number | string;

const uncommittedChanges = Symbol.for('infohub.readCache.uncommittedChanges');
type WatchedAdapter = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'> & {
  [uncommittedChanges]?: Set<TransactionId>;
};

/**
 * Called after a write the public could see. A write inside a transaction is not visible to other readers until
 * its commit, and an answer read before then and stored under a newer generation would stay stale: so the
 * generation moves on after the commit (see `advanceGenerationOnCommit`), not now. A failure to move it is logged
 * and not thrown, as the write itself has succeeded; cached answers then last until they expire.
 */
export async function notePublicChange(payload: Payload, transactionID: PayloadRequest['transactionID']): Promise<void> {
  const transaction = await transactionID;
  const pending = (payload.db as WatchedAdapter)[uncommittedChanges];
  // Payload's relationship loader can leave `{}` in place of "no transaction" (it copies the id through JSON).
  if (pending && (typeof transaction === 'string' || typeof transaction === 'number')) {
    pending.add(transaction);
    return;
  }
  await advanceOrLog(payload);
}

async function advanceOrLog(payload: Payload): Promise<void> {
  await advanceContentGeneration(payload).catch((error: unknown) => {
    payload.logger.error({
      err: error,
      msg: 'The content generation could not be advanced: cached public reads may be stale until they expire.',
    });
  });
}

/**
 * Payload has no hook after a commit: the adapter's own commit and rollback are wrapped, so that a transaction that
 * changed public content advances the generation once it is committed, and one rolled back leaves it alone.
 */
export function advanceGenerationOnCommit(payload: Payload): void {
  const adapter = payload.db as WatchedAdapter;
  if (adapter[uncommittedChanges]) return;
  const pending = new Set<TransactionId>();
  adapter[uncommittedChanges] = pending;
  const commit = adapter.commitTransaction.bind(adapter);
  const rollback = adapter.rollbackTransaction.bind(adapter);
  adapter.commitTransaction = async (id) => {
    await commit(id);
    const resolved = await id;
    if (pending.delete(resolved)) await advanceOrLog(payload);
  };
  adapter.rollbackTransaction = async (id) => {
    pending.delete(await id);
    await rollback(id);
  };
}
