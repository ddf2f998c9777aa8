import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface BuiltFile {
  name: string;
  text: string;
}

/** Every page and sitemap the build wrote, with its text: what readers and search engines can reach. */
export function readPagesAndSitemaps(siteDir: string): BuiltFile[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') || name.endsWith('.xml'))
    .map((name) => ({ name, text: readFileSync(path.join(siteDir, name), 'utf8') }));
}

/**
 * The address of every page in a language (`/es/costa-rica/` from es/costa-rica/index.html). Left out: the root,
 * which only sends readers on to a language, and 404.html, which is served for unknown addresses.
 */
export function languagePages(siteDir: string, locale: string): string[] {
  return readdirSync(path.join(siteDir, locale), { recursive: true, encoding: 'utf8' })
    .filter((name) => path.basename(name) === 'index.html')
    .map((name) => path.posix.join('/', locale, path.dirname(name), '/'))
    .sort();
}
