import { paths, type SnapshotCountry } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';
import { currentAlerts, hubsOf, topicsOf } from '~/snapshot/queries.ts';
import { alertView } from './alert.ts';

/** A country's home: its current alerts, emergency numbers, topics and hubs. */
export function countryHomeView(country: SnapshotCountry, ctx: PageContext) {
  const { picker, snapshot } = ctx;
  const lang = ctx.locale.code;
  return {
    alerts: currentAlerts(snapshot, country.slug, new Date(snapshot.generatedAt)).map((alert) => alertView(alert, ctx)),
    topics: topicsOf(snapshot, country.slug).map((topic) => ({
      href: paths.topic(lang, country.slug, topic.slug),
      title: picker.pick(topic.title),
      description: picker.pickOptional(topic.description),
    })),
    hubs: hubsOf(snapshot, country.slug).map((hub) => ({ href: paths.hub(lang, country.slug, hub.slug), name: picker.pick(hub.name) })),
    emergencyNumbers: country.emergencyNumbers.map((emergency) => ({ label: picker.pick(emergency.label), number: emergency.number })),
  };
}
