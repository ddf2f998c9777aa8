import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Produces a file under a temporary name in the same folder, then renames it into place: a reader (the site build,
 * a backup job) sees the previous complete file or the new complete file, never half of one.
 */
export async function writeAtomically(destination: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(destination), { recursive: true });
  const temporaryPath = path.join(path.dirname(destination), `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(temporaryPath);
    await rename(temporaryPath, destination);
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}
