import { paths } from '@infohub/content-schemas';
import { citiesOf, listedServices, sortedHubs } from '~/features/directory/routes.ts';
import { hoursInOneLine, liveUrl } from '~/features/print/sheet.ts';
import { type LocalizedValue, langIfFallback, pickLocalized } from '~/i18n/localized.ts';
import type { PageContext } from '~/i18n/pageContext.ts';
import { guidesOf, topicBySlug } from '~/snapshot/queries.ts';
import type { PhoneView } from '~/views/contact.ts';
import { guideView } from '~/views/guide.ts';
import { hubView } from '~/views/hub.ts';
import { serviceView } from '~/views/service.ts';

/**
 * What the counter page builds referral slips from, for one country in one language: each guide's documents
 * checklist, each service's and hub's contact details, and the live address a slip's QR codes open. Written as
 * `/{lang}/{country}/counter.json` by its country's shard, from that shard's snapshot only, so it changes exactly
 * when what it shows does. The browser only lays it out: every text is already in the reader's language.
 */
export interface CounterData {
  lang: string;
  country: string;
  countryName: string;
  siteName: string;
  /** Set on demo content, which every slip must say is fictional. */
  demoNotice?: string;
  categories: Choice[];
  cities: Choice[];
  guides: CounterGuide[];
  services: CounterService[];
  hubs: CounterHub[];
}

/** A text and, when it fell back to the default language, that language (for its `lang` attribute). */
export interface CounterText {
  text: string;
  lang?: string;
}

export interface Choice {
  value: string;
  label: string;
}

export interface CounterGuide {
  slug: string;
  title: CounterText;
  topic: CounterText;
  documents: { name: CounterText; details?: CounterText }[];
}

export interface CounterService {
  slug: string;
  name: CounterText;
  organization: string;
  category: string;
  categoryLabel: string;
  city: string;
  cityName: string;
  /** "Temporarily closed", for a service that is; absent for one that runs. */
  statusNote?: string;
  address?: CounterText;
  hours: string;
  phones: string[];
  liveUrl: string;
}

export interface CounterHub {
  slug: string;
  name: CounterText;
  address: CounterText;
  hours: string;
  phones: string[];
  email?: string;
  liveUrl: string;
}

export function counterData(countrySlug: string, countryName: string, ctx: PageContext, site: URL): CounterData {
  const { snapshot, t, locale } = ctx;
  const lang = locale.code;
  const services = listedServices(snapshot, countrySlug)
    .map((service) => serviceView(service, ctx))
    .sort((a, b) => ctx.collator.compare(a.name.value, b.name.value));
  const guides = guidesOf(snapshot, countrySlug)
    .map((guide) => ({ guide, view: guideView(guide, ctx) }))
    .sort((a, b) => ctx.collator.compare(a.view.title.value, b.view.title.value));
  const categories = [...new Set(services.map((service) => service.category))];
  return {
    lang,
    country: countrySlug,
    countryName,
    siteName: t('site.name'),
    ...(snapshot.demo ? { demoNotice: t('demo.banner') } : {}),
    categories: categories
      .map((category) => ({ value: category, label: t(`service.category.${category}`) }))
      .sort((a, b) => ctx.collator.compare(a.label, b.label)),
    cities: citiesOf(listedServices(snapshot, countrySlug)).map((city) => ({ value: city.slug, label: city.name })),
    guides: guides.map(({ guide, view }) => ({
      slug: guide.slug,
      title: counterText(view.title),
      topic: counterText(pickLocalized(topicBySlug(snapshot, guide.topic).title, ctx.reading)),
      documents: view.requiredDocuments.map((document) => ({
        name: counterText(document.name),
        ...(document.details ? { details: counterText(document.details) } : {}),
      })),
    })),
    services: services.map((service) => ({
      slug: service.slug,
      name: counterText(service.name),
      organization: service.organization,
      category: service.category,
      categoryLabel: service.categoryLabel,
      city: service.city.slug,
      cityName: service.city.name,
      ...(service.status === 'active' ? {} : { statusNote: service.statusLabel }),
      ...(service.address ? { address: counterText(service.address) } : {}),
      hours: service.hours ? hoursInOneLine(service.hours) : t('service.noHours'),
      phones: phoneLines(service.phones),
      liveUrl: liveUrl(paths.service(lang, countrySlug, service.slug), site),
    })),
    hubs: sortedHubs(snapshot, countrySlug).map((hub) => {
      const view = hubView(hub, ctx);
      return {
        slug: hub.slug,
        name: counterText(view.name),
        address: counterText(view.address),
        hours: view.hours ? hoursInOneLine(view.hours) : t('service.noHours'),
        phones: phoneLines(view.phones),
        ...(view.email ? { email: view.email } : {}),
        liveUrl: liveUrl(paths.hub(lang, countrySlug, hub.slug), site),
      };
    }),
  };
}

function counterText(value: LocalizedValue<string>): CounterText {
  const lang = langIfFallback(value);
  return lang ? { text: value.value, lang } : { text: value.value };
}

/** "WhatsApp al +502 5555 1234 (Oficina)": what a slip prints and a WhatsApp message carries, one per phone. */
function phoneLines(phones: readonly PhoneView[]): string[] {
  return phones.map((phone) => (phone.label ? `${phone.text} (${phone.label.value})` : phone.text));
}
