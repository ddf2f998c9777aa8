import { formatProblems, type Snapshot } from '@infohub/content-schemas';
import {
  type HsdsPage,
  type HsdsService,
  type HsdsServiceSummary,
  hsdsServicePageProblems,
  hsdsServiceProblems,
  hsdsServiceSummary,
  hsdsServicesOf,
  singlePage,
} from '@infohub/content-schemas/hsds';

/** One country's services in one language as the site publishes them: the `/services` page and each full record. */
export interface HsdsFiles {
  services: HsdsService[];
  list: HsdsPage<HsdsServiceSummary>;
}

const made = new WeakMap<Snapshot, Map<string, HsdsFiles>>();

/**
 * The HSDS files of a country shard, from its part of the snapshot (its language and the default one), made once
 * per build and checked against the official HSDS 3.0 schemas: a record that breaks them stops the build, naming
 * the service, field and language, rather than publishing data other directories would refuse.
 */
export function hsdsFilesOf(content: Snapshot, country: string, lang: string): HsdsFiles {
  let byShard = made.get(content);
  if (!byShard) {
    byShard = new Map();
    made.set(content, byShard);
  }
  const key = `${lang}/${country}`;
  const cached = byShard.get(key);
  if (cached) return cached;
  const services = hsdsServicesOf(content, country, lang);
  const list = singlePage(services.map(hsdsServiceSummary));
  const files = { country, lang };
  const problems = [...services.flatMap((record) => hsdsServiceProblems(record, files)), ...hsdsServicePageProblems(list, files)];
  if (problems.length > 0) {
    throw new Error(
      `The open data of ${country} in "${lang}" breaks the HSDS 3.0 schema, so it is not published:\n${formatProblems(problems)}\n` +
        'Fix the content in the CMS, or the mapping in content-schemas/src/hsds/ (see content-schemas/docs/hsds.md).',
    );
  }
  const result = { services, list };
  byShard.set(key, result);
  return result;
}

/**
 * The date the data speaks for: the newest change or confirmation among the country's services. Not the export's
 * moment, so an unchanged country keeps unchanged pages (and the same shard fingerprint).
 */
export function openDataDate(content: Snapshot, country: string): string | undefined {
  const moments = content.services
    .filter((service) => service.country === country)
    .flatMap((service) => [service.updatedAt, service.lastReviewedAt].filter((moment) => moment !== undefined));
  return moments.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

/** A JSON file of the open data: indented, so a person opening it in a browser can read it too. */
export function jsonFile(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
