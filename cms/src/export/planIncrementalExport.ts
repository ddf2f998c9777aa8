import type { KeptEntry } from './assembleSnapshot.ts';
import type { RawDocument } from './contentSource.ts';
import { type IndexedCollection, indexedCollections, loadReferences, perCollection, stampOf } from './exportIndex.ts';
import type { BaseSnapshot } from './readBaseSnapshot.ts';
import { referenceChanges } from './referenceChanges.ts';
import type { References } from './toSnapshotDocuments.ts';

export interface IncrementalPlan {
  kept: Record<IndexedCollection, KeptEntry[]>;
  /** Documents to read whole, with the stamp they were listed with (read whole, they must still have it). */
  read: Record<IndexedCollection, Map<string, string>>;
  reconverted: number;
  removed: number;
}

/**
 * Decides, from the published documents' stamps, which snapshot entries of the base are kept: those whose document
 * has the stamp the index recorded and whose references all resolve as they did. Every other published document
 * is read whole; a document in the index that is not listed any more (unpublished, deleted, or an image no
 * published guide shows) is left out.
 */
export function planIncrementalExport(
  base: BaseSnapshot,
  listed: Record<IndexedCollection, readonly RawDocument[]>,
  references: References,
): IncrementalPlan {
  const usesChanged = referenceChanges(loadReferences(base.index.references), references);
  const plan: IncrementalPlan = {
    kept: perCollection(() => []),
    read: perCollection(() => new Map()),
    reconverted: 0,
    removed: 0,
  };
  for (const collection of indexedCollections) {
    // Only the images published guides show are exported; the others' stamps were listed but are not needed.
    const exported = collection === 'media' ? listed.media.filter((item) => references.mediaIds.has(String(item.id))) : listed[collection];
    const indexed = base.index.documents[collection];
    for (const document of exported) {
      const id = String(document.id);
      const stamp = stampOf(collection, document);
      const before = indexed[id];
      const entry = base.entries[collection].get(id);
      if (!before || !entry || before.stamp !== stamp) {
        plan.read[collection].set(id, stamp);
      } else if (usesChanged(before.uses)) {
        plan.read[collection].set(id, stamp);
        plan.reconverted += 1;
      } else {
        plan.kept[collection].push({ id, entry, indexed: before });
      }
    }
    const listedIds = new Set(exported.map((document) => String(document.id)));
    plan.removed += Object.keys(indexed).filter((id) => !listedIds.has(id)).length;
  }
  return plan;
}
