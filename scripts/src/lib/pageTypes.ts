/**
 * Page types, read from the site's own routes: every `.astro`/`.mdx`/`.md` file under `site/src/pages` is one type
 * of page, named by its path (`[lang]/[country]/guides/[slug]`). Quality checks (size budget, accessibility,
 * privacy) go over every type this way, so a page type added later is covered without anyone listing it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const pageExtensions = ['.astro', '.mdx', '.md', '.html'];

type Segment = { kind: 'static'; text: string } | { kind: 'param' } | { kind: 'rest' };

export interface Route {
  /** The route file's path under the pages folder, without extension: `[lang]/[country]/guides/[slug]`. */
  name: string;
  segments: Segment[];
}

export interface BuiltPage {
  /** What a reader types: `/es/costa-rica/` for es/costa-rica/index.html, `/404.html` for 404.html. */
  url: string;
  /** The file, relative to the site folder. */
  file: string;
}

function toSegment(text: string): Segment {
  if (/^\[\.\.\..+\]$/.test(text)) return { kind: 'rest' };
  if (/^\[.+\]$/.test(text)) return { kind: 'param' };
  return { kind: 'static', text };
}

/** Every page route under a pages folder. Astro skips files and folders whose names start with `_`. */
export function readRoutes(pagesDir: string): Route[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => pageExtensions.includes(path.posix.extname(file)))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')))
    .map((file) => {
      const name = file.slice(0, -path.posix.extname(file).length);
      const parts = name.split('/');
      if (parts.at(-1) === 'index') parts.pop();
      return { name, segments: parts.map(toSegment) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every HTML file of a built site (`format: 'directory'`), with its address. */
export function readBuiltPages(siteDir: string): BuiltPage[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      file,
      url: file === 'index.html' || file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The path segments of a built page, as a route would see them (`/404.html` is route `404`). */
function urlSegments(url: string): string[] {
  return url
    .replace(/\.html$/, '')
    .split('/')
    .filter((part) => part !== '');
}

function matches(route: Route, parts: string[]): boolean {
  const [first, ...rest] = route.segments;
  if (!first) return parts.length === 0;
  if (first.kind === 'rest') return true;
  if (parts.length === 0) return false;
  if (first.kind === 'static' && first.text !== parts[0]) return false;
  return matches({ ...route, segments: rest }, parts.slice(1));
}

const specificity = { static: 0, param: 1, rest: 2 } as const;

/** Astro's own priority: at the first segment where two routes differ, a fixed name beats a parameter, which beats a rest. */
function moreSpecificFirst(a: Route, b: Route): number {
  for (let index = 0; index < Math.max(a.segments.length, b.segments.length); index++) {
    const left = a.segments[index];
    const right = b.segments[index];
    if (!left || !right) return left ? -1 : 1;
    const difference = specificity[left.kind] - specificity[right.kind];
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The route a built page came from, or undefined when no route file explains it. */
export function routeOf(routes: readonly Route[], url: string): Route | undefined {
  const parts = urlSegments(url);
  return routes.filter((route) => matches(route, parts)).sort(moreSpecificFirst)[0];
}

export interface PageTypes {
  /** Route name → its built pages, in address order; routes that built no page are left out. */
  byType: Map<string, BuiltPage[]>;
  /** Built pages no route explains (a stray file copied into the site): each check decides what to do with them. */
  unmatched: BuiltPage[];
}

export function groupPagesByType(siteDir: string, pagesDir: string): PageTypes {
  const routes = readRoutes(pagesDir);
  const byType = new Map<string, BuiltPage[]>();
  const unmatched: BuiltPage[] = [];
  for (const page of readBuiltPages(siteDir)) {
    const route = routeOf(routes, page.url);
    if (!route) {
      unmatched.push(page);
      continue;
    }
    byType.set(route.name, [...(byType.get(route.name) ?? []), page]);
  }
  return { byType, unmatched };
}
