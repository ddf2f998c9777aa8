import { v5 as uuidV5 } from 'uuid';

/**
 * HSDS ids must be UUIDs (`format: uuid` in the schema). Ours are name-based (version 5) from what identifies a
 * record in infohub: its country and slug, never the CMS's database id. So every export gives a record the same id,
 * the files of one country in each language share ids (a reader can join them), and a directory exported, imported
 * into an empty CMS and exported again keeps its ids.
 */
const infohubNamespace = '10bc979a-8f48-4bbe-bda7-57449490797e';

export function hsdsId(kind: string, ...parts: readonly (string | number)[]): string {
  return uuidV5([kind, ...parts].join('/'), infohubNamespace);
}

/** The id of the service with this slug in this country: how an import matches an HSDS record to an infohub service. */
export function hsdsServiceId(country: string, slug: string): string {
  return hsdsId('service', country, slug);
}
