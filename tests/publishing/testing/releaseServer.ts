import { existsSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves whatever release the `current` link points at, looked up on every request as `pnpm start` does, so a
 * switch is seen at once; 503 until the first build has gone live.
 */
export async function serveCurrentRelease(currentLink: string): Promise<{ url: string; server: Server }> {
  const handlers = new Map<string, ReturnType<typeof sirv>>();
  const server = createServer((request, response) => {
    if (!existsSync(currentLink)) {
      response.writeHead(503).end('No site built yet');
      return;
    }
    const root = realpathSync(currentLink);
    const handler = handlers.get(root) ?? sirv(root, { dev: false, etag: true, extensions: ['html'] });
    handlers.set(root, handler);
    handler(request, response, () => {
      response.writeHead(404).end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** A port nothing listens on now, for the CMS. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
