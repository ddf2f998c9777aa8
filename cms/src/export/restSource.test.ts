import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restSource } from './restSource.ts';

// The REST client against a small HTTP server that answers like Payload's REST API: pages, queries and files.
describe('reading a running CMS over REST', () => {
  let server: Server;
  let baseUrl: string;
  const requests: URL[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      requests.push(url);
      if (url.pathname === '/api/guides') {
        const page = Number(url.searchParams.get('page'));
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ docs: [{ id: page, slug: `guide-${page}` }], hasNextPage: page < 3 }));
      } else if (url.pathname === '/api/media/file/photo.png') {
        response.end(Buffer.from('png bytes'));
      } else {
        response.statusCode = 404;
        response.end('{"errors":[{"message":"Not Found"}]}');
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
  });

  it('reads every page of published documents in all languages', async () => {
    const guides = await restSource(baseUrl).findPublished('guides');
    expect(guides.map((guide) => guide.slug)).toEqual(['guide-1', 'guide-2', 'guide-3']);
    expect(requests[0]?.searchParams.get('locale')).toBe('all');
    expect(requests[0]?.searchParams.get('depth')).toBe('0');
    expect(requests[0]?.searchParams.get('where[_status][equals]')).toBe('published');
  });

  it('downloads uploaded files', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'infohub-rest-'));
    const destination = path.join(directory, 'photo.png');
    await restSource(baseUrl).copyMediaFile({ id: 1, url: '/api/media/file/photo.png' }, destination);
    expect(await readFile(destination, 'utf8')).toBe('png bytes');
    await rm(directory, { recursive: true, force: true });
  });

  it('says which address failed and how', async () => {
    await expect(restSource(baseUrl).readSiteSettings()).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/api\/globals\/site-settings\?depth=0 answered 404/,
    );
  });
});
