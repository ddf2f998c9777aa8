import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind right after Astro writes it, into `<outDir>/pagefind/`, so one build command
 * gives a searchable site. Pagefind makes one index per `<html lang>` and only reads elements marked
 * `data-pagefind-body`, which keeps navigation and lists out of the results.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'infohub:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const created = await createIndex({});
          const index = created.index;
          if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          failOn('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
          failOn('write the index', written.errors);
          logger.info(`Read ${added.page_count} pages and wrote the search index.`);
        } finally {
          await close();
        }
      },
    },
  };
}

function failOn(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}
