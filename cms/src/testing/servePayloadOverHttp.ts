import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { configToSchema } from '@payloadcms/graphql';
import type * as GraphQL from 'graphql';
import { addDataAndFileToRequest, addLocalesToRequestFromData, createPayloadRequest, handleEndpoints } from 'payload';
import { cacheAnonymousReads } from '../readCache/anonymousReadCache.ts';
import type { TestPayload } from './startTestPayload.ts';

// The copy of graphql that @payloadcms/graphql's schema was built with: Node loads it as CommonJS, while an ES import
// here would be resolved by Vite to graphql's ES build, a second copy graphql refuses to mix with the first.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

export interface PayloadOverHttp {
  /** `http://127.0.0.1:<port>`; the REST API is under `/api`, GraphQL at `/api/graphql`. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the test's Payload over real HTTP on 127.0.0.1, without `next build`: the REST API through the read cache
 * and `handleEndpoints` (what the app's `/api/[...slug]` route calls through `@payloadcms/next/routes`), and GraphQL
 * through Payload's own schema (`@payloadcms/graphql`), executed with a request built as the app's `/api/graphql`
 * route builds it. Requests carry their headers (a session's `Authorization: JWT …` or cookie) and body; Payload
 * authenticates them and applies its access rules.
 */
export async function servePayloadOverHttp(test: TestPayload): Promise<PayloadOverHttp> {
  const { config } = test.payload;
  const { schema } = configToSchema(config);
  let baseUrl = '';
  // As the app's route does, the public's reads go through the read cache.
  const answerRest = cacheAnonymousReads(
    async (request: Request) => handleEndpoints({ config, request, payloadInstanceCacheKey: test.directory }),
    async () => test.payload,
  );

  async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const item of [value ?? []].flat()) headers.append(name, item);
    }
    // As Next.js does: the connection's address when no proxy named the client.
    if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', incoming.socket.remoteAddress ?? '');
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const request = new Request(new URL(incoming.url ?? '/', baseUrl), { method: incoming.method, headers, body });
    const response =
      new URL(request.url).pathname === '/api/graphql' && request.method === 'POST'
        ? await answerGraphql(request)
        : await answerRest(request, undefined);
    outgoing.statusCode = response.status;
    response.headers.forEach((value, name) => {
      outgoing.setHeader(name, value);
    });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  }

  async function answerGraphql(request: Request): Promise<Response> {
    const req = await createPayloadRequest({ config, request, canSetHeaders: true, payloadInstanceCacheKey: test.directory });
    await addDataAndFileToRequest(req);
    addLocalesToRequestFromData(req);
    const { query, variables } = req.data as { query: string; variables?: Record<string, unknown> };
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { req, headers: {} } });
    return Response.json(result);
  }

  const server = createServer((incoming, outgoing) => {
    answer(incoming, outgoing).catch((error: unknown) => {
      outgoing.statusCode = 500;
      outgoing.end(String(error));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    async close() {
      const closed = once(server, 'close');
      server.close();
      // fetch keeps connections open for reuse; they would hold the server open.
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Signs in over REST as a client would and returns the session's token (for `Authorization: JWT <token>`). */
export async function signIn(http: PayloadOverHttp, email: string, password: string): Promise<string> {
  const response = await fetch(`${http.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`${email} could not sign in over REST (${response.status})`);
  return token;
}
