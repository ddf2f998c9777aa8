import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import sharp from 'sharp';
import { loadSnapshot } from './snapshot.ts';

/**
 * The snapshot's images as a content collection, so Astro's own pipeline (sharp) resizes and converts them: each
 * entry's `image` is the media file, relative to the snapshot's folder as the CMS writes it. Every file is decoded
 * first, so a broken one stops the build with its media id and file named rather than a bare stack trace.
 */
export function snapshotMedia(snapshotPath: string): Loader {
  return {
    name: 'infohub:snapshot-media',
    load: async ({ store, parseData, config, logger }) => {
      store.clear();
      // `astro check` needs no content: without a snapshot there are simply no images.
      if (!existsSync(snapshotPath)) {
        logger.info(`No snapshot at ${snapshotPath}: no images.`);
        return;
      }
      const snapshot = loadSnapshot(snapshotPath);
      const snapshotFolder = path.dirname(snapshotPath);
      const problems = await Promise.all(snapshot.media.map((media) => problemWithImage(snapshotFolder, media.id, media.file)));
      const found = problems.filter((problem) => problem !== undefined);
      if (found.length > 0) throw new Error(`Some images of the snapshot ${snapshotPath} cannot be used:\n${found.join('\n')}`);
      const entryFile = path.relative(fileURLToPath(config.root), snapshotPath).split(path.sep).join('/');
      for (const media of snapshot.media) {
        const data = await parseData({ id: media.id, data: { image: media.file }, filePath: snapshotPath });
        store.set({ id: media.id, data, filePath: entryFile });
      }
    },
  };
}

async function problemWithImage(snapshotFolder: string, id: string, file: string): Promise<string | undefined> {
  const absolute = path.resolve(snapshotFolder, file);
  const where = `- media "${id}" (${file})`;
  if (path.relative(snapshotFolder, absolute).startsWith('..')) return `${where}: the file must be inside the snapshot's folder`;
  if (!existsSync(absolute)) return `${where}: the file does not exist`;
  try {
    // stats() decodes every pixel: a truncated file passes a look at its header but fails here.
    await sharp(absolute).stats();
    return undefined;
  } catch (error) {
    return `${where}: not a readable image (${(error as Error).message})`;
  }
}
