import { LRUCache } from 'lru-cache';
import type { Payload, SanitizedConfig } from 'payload';
import { isCachedCollection } from './cachedSlugs.ts';
import { readContentGeneration } from './contentGeneration.ts';

interface CachedAnswer {
  generation: string;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

type RouteHandler<Args> = (request: Request, args: Args) => Promise<Response>;

/** Enough for every guide of a large site in a few languages and depths; the least read answers go first. */
const maxCachedBytes = 64 * 1024 * 1024;
/**
 * A bound on staleness should a new generation ever fail to be written (it is logged): the generation is what
 * keeps answers current, not this.
 */
const maxAgeMs = 5 * 60 * 1000;

/**
 * Wraps Payload's REST GET handler: what a visitor who is not signed in reads (published documents, the same for
 * every such visitor) is answered from memory while the content generation it was read under is still current,
 * which one read of the key-value store tells. Signed-in requests, other methods and anything but a collection's
 * or a global's documents always go to Payload.
 */
export function cacheAnonymousReads<Args>(handler: RouteHandler<Args>, loadPayload: () => Promise<Payload>): RouteHandler<Args> {
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: maxCachedBytes,
    sizeCalculation: (answer) => answer.body.byteLength + 1,
    ttl: maxAgeMs,
  });
  return async (request, args) => {
    if (request.method !== 'GET') return handler(request, args);
    const payload = await loadPayload();
    if (!isAnonymousDocumentRead(request, payload.config)) return handler(request, args);
    // Read before the answer is made: a change committed meanwhile makes a new generation, so an answer that may
    // predate it is never served under the new one.
    const generation = await readContentGeneration(payload);
    const key = cacheKey(request);
    const cached = answers.get(key);
    if (cached?.generation === generation) return toResponse(cached);
    const response = await handler(request, args);
    if (response.status !== 200 || response.headers.has('set-cookie')) return response;
    const answer: CachedAnswer = {
      generation,
      status: response.status,
      headers: [...response.headers],
      body: await response.arrayBuffer(),
    };
    answers.set(key, answer);
    return toResponse(answer);
  };
}

function toResponse(answer: CachedAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** The request's address, and the headers Payload may answer differently for (CORS, the language of messages). */
function cacheKey(request: Request): string {
  return [request.url, request.headers.get('origin') ?? '', request.headers.get('accept-language') ?? ''].join('\n');
}

/**
 * `GET /api/<collection>`, `/api/<collection>/<id or Payload's own word>` and `/api/globals/<global>`, with no
 * credentials: no Authorization header (tokens, API keys) and no Payload session cookie.
 */
export function isAnonymousDocumentRead(request: Request, config: SanitizedConfig): boolean {
  if (request.headers.has('authorization')) return false;
  if ((request.headers.get('cookie') ?? '').includes(`${config.cookiePrefix}-token=`)) return false;
  const { pathname } = new URL(request.url);
  const apiPrefix = `${config.routes.api}/`;
  if (!pathname.startsWith(apiPrefix)) return false;
  const segments = decodedSegments(pathname.slice(apiPrefix.length));
  if (!segments) return false;
  const [first, second, ...rest] = segments;
  if (first === undefined || rest.length > 0) return false;
  if (first === 'globals') return second !== undefined && config.globals.some((global) => global.slug === second);
  const collection = config.collections.find((candidate) => candidate.slug === first);
  if (!collection || !isCachedCollection(collection.slug)) return false;
  // A collection's own endpoints (`/api/services/import-template`) can answer anything: they are not cached.
  return second === undefined || !(collection.endpoints || []).some((endpoint) => endpoint.path.split('/')[1] === second);
}

/** The path's segments, or undefined for a malformed escape, which is left to Payload to answer. */
function decodedSegments(path: string): string[] | undefined {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}
