import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { snapshotMedia } from './content/mediaLoader.ts';
import { readSiteEnv } from './env.ts';

/** Only images go through Astro's content layer: everything else is read straight from the snapshot. */
const media = defineCollection({
  loader: snapshotMedia(readSiteEnv().snapshotPath),
  schema: ({ image }) => z.object({ image: image() }),
});

export const collections = { media };
