import { paths } from '@infohub/content-schemas';
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { countryPageOf } from '~/context/pageLocals.ts';
import { countryRoutes } from '~/snapshot/routes.ts';
import { feedEntries } from '~/views/feedEntries.ts';

export function getStaticPaths() {
  return countryRoutes();
}

/** Plain text goes into the feed as HTML (the library's choice), so characters HTML reads as markup are escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An Atom feed of what changed in one country, in one language, for readers who follow it in a feed reader. */
export const GET: APIRoute = ({ locals, site }) => {
  const { ctx, country, name } = countryPageOf(locals);
  const { snapshot } = ctx;
  const lang = ctx.locale.code;
  const absolute = (path: string) => new URL(path, site).href;
  const countryName = name.value;
  const entries = feedEntries(snapshot, country.slug, ctx.reading, ctx.t, new Date(snapshot.generatedAt));
  // The newest entry dates the feed, so an unchanged country gives an unchanged feed from build to build; a feed
  // with no entry has never been updated.
  const updated = entries[0]?.updatedAt ?? new Date(0).toISOString();
  const feed = new Feed({
    id: absolute(paths.feed(lang, country.slug)),
    title: ctx.t('feed.title', { country: countryName }),
    description: ctx.t('feed.subtitle'),
    link: absolute(paths.country(lang, country.slug)),
    feed: absolute(paths.feed(lang, country.slug)),
    updated: new Date(updated),
    author: { name: ctx.t('site.name'), link: absolute(paths.home(lang)) },
    generator: false,
    language: lang,
  });
  for (const entry of entries) {
    feed.addItem({
      id: absolute(`${paths.country(lang, country.slug)}#${entry.key}`),
      title: escapeHtml(entry.title.value),
      description: escapeHtml(entry.summary.value),
      link: absolute(entry.path),
      date: new Date(entry.updatedAt),
    });
  }
  // The library writes no language for Atom: xml:lang on the root tells feed readers which one the text is in.
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  const atom = feed.atom1();
  if (!atom.includes(root)) throw new Error(`The feed library no longer writes ${root}: update how feed.xml.ts adds xml:lang.`);
  const xml = atom.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
