import { describeDocument, type SnapshotProblem } from '@infohub/content-schemas';
import { relationId } from '../utilities/relationId.ts';
import type { RawDocument } from './contentSource.ts';
import type { References } from './toSnapshotDocuments.ts';

/** The references every exported document of these collections must have, and what they point at. */
const requiredReferences = {
  guides: { country: 'countrySlugs', topic: 'topicSlugs' },
  services: { country: 'countrySlugs' },
  hubs: { country: 'countrySlugs' },
  alerts: { country: 'countrySlugs' },
  recruiters: { country: 'countrySlugs' },
} as const satisfies Record<string, Record<string, 'countrySlugs' | 'topicSlugs'>>;

const singular = { guides: 'guide', services: 'service', hubs: 'hub', alerts: 'alert', recruiters: 'register entry' } as const;

/**
 * Published documents whose country or topic is gone: emptied by the database when it was deleted, or pointing at
 * one that no longer exists. Found before the snapshot is validated, so the message says which document and which
 * field, and what to do, rather than that a string was expected.
 */
export function findMissingReferences(
  documents: Record<keyof typeof requiredReferences, RawDocument[]>,
  references: Pick<References, 'countrySlugs' | 'topicSlugs'>,
): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [];
  for (const collection of Object.keys(requiredReferences) as (keyof typeof requiredReferences)[]) {
    documents[collection].forEach((document, index) => {
      for (const [field, lookup] of Object.entries(requiredReferences[collection])) {
        const id = relationId(document[field]);
        if (id !== undefined && references[lookup].has(String(id))) continue;
        const country = references.countrySlugs.get(String(relationId(document.country)));
        const name = { slug: typeof document.slug === 'string' ? document.slug : String(document.id), country };
        problems.push({
          document: describeDocument(collection, name, index),
          field,
          message:
            (id === undefined
              ? `has no ${field}: the ${field} it had was deleted, or none was chosen.`
              : `points at ${field} #${id}, which no longer exists.`) +
            ` Choose another ${field} for this ${singular[collection]} in the CMS and publish it again.`,
        });
      }
    });
  }
  return problems;
}
