import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readSiteEnv } from './env.ts';
import { snapshotMedia } from './snapshot/mediaLoader.ts';

/**
 * The site's own pages (about, privacy, accessibility), written in MDX, one file per page per language:
 * `src/content/pages/{lang}/{page}.mdx`. A language without its file shows the default language's text.
 */
const sitePages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/pages' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
  }),
});

/** Only images go through Astro's content layer: everything else is read straight from the snapshot. */
const media = defineCollection({
  loader: snapshotMedia(readSiteEnv().snapshotPath),
  schema: ({ image }) => z.object({ image: image() }),
});

export const collections = { sitePages, media };
