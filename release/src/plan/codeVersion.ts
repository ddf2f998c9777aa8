import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReleaseSettings } from '../store/settings.ts';

const require = createRequire(import.meta.url);

/** The folder of a workspace package this one depends on. */
export const packageFolder = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

export const siteFolder = packageFolder('@infohub/site');
const contentSchemasFolder = packageFolder('@infohub/content-schemas');
const printFolder = fileURLToPath(new URL('../print/', import.meta.url));
const workspaceRoot = path.dirname(siteFolder);

/** What the site's pages are made by: its code and strings, the content model, and the locked dependency versions. */
const siteSources = () => [
  path.join(siteFolder, 'src'),
  path.join(siteFolder, 'astro.config.ts'),
  // Its `paths` say which file a `~/` import is.
  path.join(siteFolder, 'tsconfig.json'),
  path.join(siteFolder, 'package.json'),
  path.join(contentSchemasFolder, 'src'),
  path.join(workspaceRoot, 'pnpm-lock.yaml'),
];

/**
 * The code version of a release planned now with these settings: a hash of everything besides the content that a
 * shard's files depend on, the site's sources, the printing code and the build's settings (the public address goes
 * into every page). A change to any of them rebuilds every shard; tests are left out, so editing one does not.
 */
export function releaseCodeVersion(settings: ReleaseSettings): string {
  const built: Record<string, string> = {
    siteUrl: settings.siteUrl,
    paper: settings.paper,
    ...(settings.reportForm ? { reportForm: settings.reportForm } : {}),
    ...(settings.extraUiStrings ? { extraUiStrings: settings.extraUiStrings } : {}),
  };
  const hash = createHash('sha256').update(JSON.stringify(built));
  for (const file of [...siteSources(), printFolder].flatMap(sourceFiles).sort()) {
    hash.update(path.relative(workspaceRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The printing code and paper size: when either changes, every sheet is printed again. */
export function printerVersion(format: string): string {
  const hash = createHash('sha256').update(format);
  for (const file of sourceFiles(printFolder).sort()) hash.update(readFileSync(file));
  return hash.digest('hex');
}

function sourceFiles(entry: string): string[] {
  const isTest = (file: string) => /\.test\.ts$/.test(file);
  try {
    return readdirSync(entry, { recursive: true, withFileTypes: true })
      .filter((dirent) => dirent.isFile() && !isTest(dirent.name))
      .map((dirent) => path.join(dirent.parentPath, dirent.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [entry];
    throw error;
  }
}
