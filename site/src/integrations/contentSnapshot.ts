import type { AstroIntegration } from 'astro';
import { shardsToRender } from '~/snapshot/shards.ts';
import { checkSnapshot } from '~/snapshot/snapshot.ts';

/**
 * Reads and checks the content snapshot, images included, as soon as Astro starts a build or dev server, so a bad
 * snapshot stops everything with every problem listed, before any page renders; and checks that the shards asked
 * for (`INFOHUB_SHARDS`) are the snapshot's. Type checking (`astro sync`/`astro check`) needs no content and skips this.
 */
export function contentSnapshot(snapshotPath: string): AstroIntegration {
  return {
    name: 'infohub:content-snapshot',
    hooks: {
      'astro:config:setup': async ({ command, addWatchFile, logger }) => {
        if (command === 'sync') return;
        const snapshot = await checkSnapshot(snapshotPath);
        addWatchFile(snapshotPath);
        const shards = shardsToRender(snapshot);
        logger.info(`Rendering ${shards.length} shards: ${shards.map((shard) => shard.id).join(', ')}.`);
      },
    },
  };
}
