import { countries, locales, parseShardId } from '@infohub/content-schemas';
import { publishingStrings } from './strings.ts';

/** A shard as editors know it: "Honduras (Español)", or the site's home pages. */
export function describeShard(id: string, language: string | undefined): string {
  const shard = parseShardId(id);
  if (shard.kind === 'site') return publishingStrings(language).shard.site;
  const country = countries.find((candidate) => candidate.slug === shard.country)?.name ?? shard.country;
  const lang = locales.find((candidate) => candidate.code === shard.lang)?.label ?? shard.lang;
  return `${country} (${lang})`;
}
