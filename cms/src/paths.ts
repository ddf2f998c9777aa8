import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folders resolved from this package, not from the working directory, so that `next start`, `payload migrate` and
 * the scripts find the same database and uploads wherever they are started from.
 */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const srcDir = path.join(cmsRoot, 'src');
export const dataDir = path.join(cmsRoot, 'data');
export const defaultMediaDir = path.join(cmsRoot, 'media');
export const migrationsDir = path.join(srcDir, 'migrations');
