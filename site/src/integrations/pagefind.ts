import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind right after Astro writes it, so one build command gives a searchable site.
 * Pagefind only reads elements marked `data-pagefind-body`, which keeps navigation and lists out of the results.
 *
 * Two layouts are written:
 * - `pagefind/<lang>/<country>/`: one bundle per search page, holding only that language and country. This is what
 *   the search page loads. Measured on the demo (scripts/src/searchPayload.ts) it fetches less for a first and a
 *   second query than one index per language with a country filter, and it finds words that the larger index
 *   missed (Pagefind picks the index chunk to load from the unstemmed word, so a word whose stem falls in another
 *   chunk could come back empty).
 * - `pagefind/`: one index per `<html lang>` for the whole site, country as a filter, for searching every country.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'infohub:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const pageCount = await writeBundle(siteDir, '**/*.html', path.join(siteDir, 'pagefind'));
          const searchPages = searchPagesOf(siteDir);
          for (const { lang, country } of searchPages) {
            await writeBundle(siteDir, `${lang}/${country}/**/*.html`, path.join(siteDir, 'pagefind', lang, country));
          }
          logger.info(`Read ${pageCount} pages and wrote the search index, and one per language and country (${searchPages.length}).`);
        } finally {
          await close();
        }
      },
    },
  };
}

async function writeBundle(siteDir: string, glob: string, outputPath: string): Promise<number> {
  const created = await createIndex({});
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir, glob });
  failOn(`index ${glob}`, added.errors);
  const written = await index.writeFiles({ outputPath });
  failOn(`write the index of ${glob}`, written.errors);
  await index.deleteIndex();
  return added.page_count;
}

/** Every language × country folder that has a search page: each gets a bundle of its own. */
export function searchPagesOf(siteDir: string): { lang: string; country: string }[] {
  const found: { lang: string; country: string }[] = [];
  for (const lang of readdirSync(siteDir)) {
    if (!/^[a-z]{2,3}$/.test(lang)) continue;
    for (const country of readdirSync(path.join(siteDir, lang))) {
      if (existsSync(path.join(siteDir, lang, country, 'search', 'index.html'))) found.push({ lang, country });
    }
  }
  return found;
}

function failOn(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}
