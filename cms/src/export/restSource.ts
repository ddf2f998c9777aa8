import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { type ContentSource, collectionsWithDrafts, type PublishedQuery, type RawDocument } from './contentSource.ts';
import { inBatches } from './inBatches.ts';

/** Reads a running CMS over REST, without signing in: exactly what the public may read. */
export function restSource(baseUrl: string, { pageSize = 250 }: { pageSize?: number } = {}): ContentSource {
  const origin = new URL(baseUrl);
  if (origin.protocol !== 'http:' && origin.protocol !== 'https:') throw new Error(`--from-url must be an http(s) address, not ${baseUrl}`);

  async function get(pathname: string, query: Record<string, string> = {}): Promise<Response> {
    const url = new URL(pathname, origin);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const response = await fetch(url);
    if (!response.ok) {
      const body = (await response.text()).slice(0, 500);
      throw new Error(`GET ${url.href} answered ${response.status} ${response.statusText}: ${body}`);
    }
    return response;
  }

  return {
    description: origin.origin,
    async findPublished(collection, query: PublishedQuery = {}) {
      const read = async (ids?: readonly string[]) => {
        const documents: RawDocument[] = [];
        for (let page = 1; ; page += 1) {
          const response = await get(`/api/${collection}`, {
            locale: 'all',
            depth: '0',
            limit: String(pageSize),
            page: String(page),
            sort: 'createdAt',
            ...(collectionsWithDrafts.has(collection) ? { 'where[_status][equals]': 'published' } : {}),
            // Payload reads a comma-separated list for `in`.
            ...(ids ? { 'where[id][in]': ids.join(',') } : {}),
            ...Object.fromEntries((query.fields ?? []).map((field) => [`select[${field}]`, 'true'])),
          });
          const result = (await response.json()) as { docs: RawDocument[]; hasNextPage: boolean };
          documents.push(...result.docs);
          if (!result.hasNextPage) return documents;
        }
      };
      // A batch of ids stays well within the length of an address servers accept.
      return query.ids ? inBatches(query.ids, 100, read) : read();
    },
    async readSiteSettings() {
      return (await (await get('/api/globals/site-settings', { depth: '0' })).json()) as RawDocument;
    },
    async copyMediaFile(media, destination) {
      if (typeof media.url !== 'string') throw new Error(`media #${String(media.id)} has no url`);
      const response = await get(media.url);
      if (!response.body) throw new Error(`media #${String(media.id)}: ${media.url} sent no body`);
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(destination));
    },
  };
}
