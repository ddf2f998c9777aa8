import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleEndpoints } from 'payload';
import type { TestPayload } from './startTestPayload.ts';

export interface RestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Payload's own REST API (`handleEndpoints`, what the app's /api route calls) for a test's Payload, on 127.0.0.1:
 * requests with bodies, cookies and headers as a client sends them.
 */
export async function serveRestApi(test: TestPayload): Promise<RestServer> {
  let url = '';
  const answer = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const item of [value ?? []].flat()) headers.append(name, item);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const request = new Request(new URL(incoming.url ?? '/', url), { method: incoming.method, headers, body });
    const response = await handleEndpoints({ config: test.payload.config, request, payloadInstanceCacheKey: test.directory });
    outgoing.statusCode = response.status;
    response.headers.forEach((value, name) => {
      outgoing.setHeader(name, value);
    });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Signs in over REST and returns the headers that act as that user. */
export async function signIn(api: RestServer, email: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { authorization: `JWT ${token}`, 'content-type': 'application/json' };
}
