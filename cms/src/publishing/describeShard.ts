import { countries, locales, parseShardId } from '@infohub/content-schemas';

/** A shard as editors know it: "Honduras (Español)", or the site's home pages. */
export function describeShard(id: string, language: 'en' | 'es'): string {
  const shard = parseShardId(id);
  if (shard.kind === 'site') return language === 'es' ? 'portadas y páginas del sitio' : 'home and site pages';
  const country = countries.find((candidate) => candidate.slug === shard.country)?.name ?? shard.country;
  const lang = locales.find((candidate) => candidate.code === shard.lang)?.label ?? shard.lang;
  return `${country} (${lang})`;
}
