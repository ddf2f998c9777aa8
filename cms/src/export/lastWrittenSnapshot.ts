import { deepFreeze, processSlot, type Snapshot, snapshotCollections } from '@infohub/content-schemas';

/**
 * The snapshot this process wrote last, by the SHA-256 of the file's text. The next incremental export starts from
 * that file (the live release's snapshot): when it is still byte for byte what was written, its content is taken from
 * here rather than parsed again, 0.2–0.3 s of every publish at 19 MB, and its documents are the objects the check
 * already knows (content-schemas' `validateSnapshot`).
 */
const lastWritten = processSlot<{ sha256: string; snapshot: Snapshot }>('lastWrittenSnapshot');

export function rememberWrittenSnapshot(sha256: string, snapshot: Snapshot): void {
  lastWritten.set({ sha256, snapshot: frozenCopy(snapshot) });
}

/**
 * A copy the writer's caller cannot change, so that it stays what the file holds: the documents are frozen already
 * (the check freezes what it passes), so their lists are copied, and the few other fields cloned.
 */
function frozenCopy(snapshot: Snapshot): Snapshot {
  const collections: readonly string[] = snapshotCollections;
  const copy = Object.fromEntries(
    Object.entries(snapshot).map(([field, value]) => [
      field,
      collections.includes(field) && Array.isArray(value) ? Object.freeze([...value]) : deepFreeze(structuredClone(value)),
    ]),
  );
  return Object.freeze(copy) as unknown as Snapshot;
}

/** The snapshot written last, if its file's text has this hash. */
export function writtenSnapshot(sha256: string): Snapshot | undefined {
  const written = lastWritten.get();
  return written?.sha256 === sha256 ? written.snapshot : undefined;
}
