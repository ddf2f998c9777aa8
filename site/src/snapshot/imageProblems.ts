import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SnapshotProblem } from '@infohub/content-schemas';
import sharp from 'sharp';

/**
 * The snapshot's images that cannot be shown: outside the snapshot's folder, missing, or not a readable image
 * (corrupt, truncated, or another kind of file under an image's name). Read from the file as written, so images
 * of media entries that are broken in other ways are checked too and every problem comes out in one build.
 */
export async function findImageProblems(input: unknown, snapshotFolder: string): Promise<SnapshotProblem[]> {
  const media = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).media : undefined;
  if (!Array.isArray(media)) return [];
  const problems = await Promise.all(
    media.map(async (entry: unknown) => {
      const { id, file } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      if (typeof id !== 'string' || typeof file !== 'string') return undefined;
      const message = await problemWithImage(snapshotFolder, file);
      return message === undefined ? undefined : { document: `media "${id}"`, field: 'file', message };
    }),
  );
  return problems.filter((problem) => problem !== undefined);
}

async function problemWithImage(snapshotFolder: string, file: string): Promise<string | undefined> {
  const absolute = path.resolve(snapshotFolder, file);
  if (path.relative(snapshotFolder, absolute).startsWith('..')) return `"${file}" must be inside the snapshot's folder`;
  if (!existsSync(absolute)) return `"${file}" does not exist`;
  try {
    // stats() decodes every pixel: a truncated file passes a look at its header but fails here.
    await sharp(absolute).stats();
    return undefined;
  } catch (error) {
    return `"${file}" is not a readable image (${(error as Error).message})`;
  }
}
