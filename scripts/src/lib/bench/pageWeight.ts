/**
 * Page weight as a reader's phone receives it: per page type, the largest page is opened in Chromium with an empty
 * cache, and every file it fetched is counted by kind, compressed with gzip where a host would compress it (text),
 * as it is where compressing does not help (images, fonts, WebAssembly, Pagefind's gzip files).
 */
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveSite } from '@infohub/release';
import { type Browser, chromium } from 'playwright-core';
import { groupPagesByType } from '../pageTypes.ts';

export const resourceKinds = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface PageTypeWeight extends Weighed {
  type: string;
  pages: number;
  /** The page of the type with the largest HTML file, the one measured. */
  largestUrl: string;
}

const compressible = /\.(html|css|js|mjs|json|svg|xml|webmanifest|txt)$/i;

export function transferBytes(file: string): number {
  const bytes = readFileSync(file);
  const isGzipAlready = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (isGzipAlready || !compressible.test(file)) return bytes.length;
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}

export function kindOf(resourceType: string, pathname: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'fonts';
  if (resourceType === 'image') return 'images';
  if (/\.(m?js)$/.test(pathname)) return 'js';
  return 'other';
}

/** The file a site path is served from (`/es/x/` → es/x/index.html). */
function fileOf(siteDir: string, pathname: string): string | undefined {
  const direct = path.join(siteDir, decodeURIComponent(pathname));
  for (const candidate of [direct, path.join(direct, 'index.html'), `${direct}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this form of the path.
    }
  }
  return undefined;
}

export interface Weighed {
  gzipBytes: Record<ResourceKind, number>;
  totalGzipBytes: number;
  requests: number;
}

/** Opens one page of a served site in a new context (an empty cache and no service worker yet: a first visit). */
async function weighPage(browser: Browser, origin: string, siteDir: string, url: string): Promise<Weighed> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Map<string, ResourceKind>();
  page.on('requestfinished', (request) => {
    const requested = new URL(request.url());
    if (requested.origin === origin) fetched.set(requested.pathname, kindOf(request.resourceType(), requested.pathname));
  });
  const response = await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
  await context.close();
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'} on the site in ${siteDir}.`);
  const gzipBytes = Object.fromEntries(resourceKinds.map((kind) => [kind, 0])) as Record<ResourceKind, number>;
  for (const [pathname, kind] of fetched) {
    const file = fileOf(siteDir, pathname);
    if (file) gzipBytes[kind] += transferBytes(file);
  }
  return { gzipBytes, totalGzipBytes: Object.values(gzipBytes).reduce((sum, bytes) => sum + bytes, 0), requests: fetched.size };
}

async function withServedSite<T>(siteDir: string, chromiumPath: string, use: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const server = await serveSite(siteDir, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    return await use(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Per page type, its largest page (by HTML file size) as Chromium fetches it. */
export async function measurePageWeights(siteDir: string, pagesDir: string, chromiumPath: string): Promise<PageTypeWeight[]> {
  const { byType } = groupPagesByType(siteDir, pagesDir);
  return withServedSite(siteDir, chromiumPath, async (browser, origin) => {
    const weights: PageTypeWeight[] = [];
    for (const [type, pages] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
      const sizeOf = (file: string) => statSync(path.join(siteDir, file)).size;
      const largest = pages.reduce((a, b) => (sizeOf(b.file) > sizeOf(a.file) ? b : a));
      weights.push({ type, pages: pages.length, largestUrl: largest.url, ...(await weighPage(browser, origin, siteDir, largest.url)) });
    }
    return weights;
  });
}

/** One page of any built site (a reference site's guide), as Chromium fetches it. */
export function measureOnePage(siteDir: string, url: string, chromiumPath: string): Promise<Weighed> {
  return withServedSite(siteDir, chromiumPath, (browser, origin) => weighPage(browser, origin, siteDir, url));
}
