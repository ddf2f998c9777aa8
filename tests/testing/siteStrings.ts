import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extraUiStrings, repoRoot } from './paths.ts';

/** One of the site's own words in a language, read where the site reads it (site/src/i18n/, or the test-only languages' folder). */
export function siteString(locale: string, key: string): string {
  const shipped = path.join(repoRoot, 'site/src/i18n', `${locale}.json`);
  const file = existsSync(shipped) ? shipped : path.join(extraUiStrings, `${locale}.json`);
  const value = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | undefined>)[key];
  if (!value) throw new Error(`${file} has no "${key}".`);
  return value;
}
