import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CmsBackup } from './backupFormat.ts';

/**
 * Runs `restore` with the backup's files written beside the media folder, and swaps them in only once it succeeded:
 * if it throws, the media folder is left as it was. The staged copy is removed either way.
 */
export async function withStagedMediaFiles<T>(files: CmsBackup['files'], mediaDir: string, restore: () => Promise<T>): Promise<T> {
  const staging = `${mediaDir}.restoring-${randomBytes(4).toString('hex')}`;
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) await writeFile(path.join(staging, file.filename), Buffer.from(file.base64, 'base64'));
    const result = await restore();
    await swapInto(mediaDir, staging);
    return result;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Puts the staged files in place of the media folder, keeping the old one until the new one is there. */
async function swapInto(mediaDir: string, staging: string): Promise<void> {
  const previous = `${mediaDir}.before-restore-${randomBytes(4).toString('hex')}`;
  const hadPrevious = await rename(mediaDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(staging, mediaDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
