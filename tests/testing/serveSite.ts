import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { securityHeaders } from '@infohub/release';
import sirv from 'sirv';

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: files as they are, and 404.html with status 404 for the rest,
 * with the security headers `pnpm start` sends, so the browser tests run under the same policy.
 */
export async function serveSite(siteDir: string): Promise<SiteServer> {
  const files = sirv(siteDir, { dev: false, etag: true });
  const notFoundPage = readFileSync(path.join(siteDir, '404.html'));
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFoundPage);
    });
  });
  // No idle timeout: a test's own fetch (Playwright's `route.fetch`) keeps its connection alive between pages, and a
  // server closing an idle connection just as the fetch reuses it fails the test with ECONNRESET (seen in CI).
  // Connections end when the run does.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
