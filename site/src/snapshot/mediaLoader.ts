import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadSnapshot } from './snapshot.ts';

/**
 * The snapshot's images as a content collection, so Astro's own pipeline (sharp) resizes and converts them: each
 * entry's `image` is the media file, relative to the snapshot's folder as the CMS writes it. Every file was decoded
 * before the build started (`checkSnapshot`), so a broken one has stopped it with its media id and file named.
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
      const entryFile = path.relative(fileURLToPath(config.root), snapshotPath).split(path.sep).join('/');
      for (const media of snapshot.media) {
        const data = await parseData({ id: media.id, data: { image: media.file }, filePath: snapshotPath });
        store.set({ id: media.id, data, filePath: entryFile });
      }
    },
  };
}
