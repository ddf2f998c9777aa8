import { fillPlaceholders } from '~/i18n/fillPlaceholders.ts';
import type { CounterData, CounterGuide, CounterHub, CounterService } from './counterData.ts';
import type { CounterWords } from './counterWords.ts';

/**
 * What staff picked for one slip, and the two ways it leaves the page: the link's fragment (after `#`, which
 * browsers never send to a server) and the text of a WhatsApp message. Slugs name the picks, so a link stays short
 * and keeps working in any language of the same country.
 */
export interface Selection {
  guides: string[];
  services: string[];
  hub: string | undefined;
}

/** `g=permiso,asilo&s=casa-del-migrante&h=tapachula`, in the order picked; empty parts left out. */
export function selectionToFragment(selection: Selection): string {
  const parts = new URLSearchParams();
  if (selection.guides.length > 0) parts.set('g', selection.guides.join(','));
  if (selection.services.length > 0) parts.set('s', selection.services.join(','));
  if (selection.hub) parts.set('h', selection.hub);
  // Commas stay readable: slugs never hold one, so they need no escaping.
  return parts.toString().replaceAll('%2C', ',');
}

/** The picks a fragment names, keeping only those the country has (a link may outlive a withdrawn service). */
export function selectionFromFragment(fragment: string, data: Pick<CounterData, 'guides' | 'services' | 'hubs'>): Selection {
  const parts = new URLSearchParams(fragment.replace(/^#/, ''));
  const known = (list: readonly { slug: string }[], value: string | null) => {
    const slugs = new Set(list.map((item) => item.slug));
    return [...new Set((value ?? '').split(',').filter((slug) => slugs.has(slug)))];
  };
  const hub = parts.get('h');
  return {
    guides: known(data.guides, parts.get('g')),
    services: known(data.services, parts.get('s')),
    hub: hub && data.hubs.some((candidate) => candidate.slug === hub) ? hub : data.hubs[0]?.slug,
  };
}

export interface PickedSlip {
  guides: CounterGuide[];
  services: CounterService[];
  hub: CounterHub | undefined;
}

export function pickedSlip(selection: Selection, data: CounterData): PickedSlip {
  const bySlug = <T extends { slug: string }>(list: readonly T[], slugs: readonly string[]) =>
    slugs.flatMap((slug) => list.filter((item) => item.slug === slug));
  return {
    guides: bySlug(data.guides, selection.guides),
    services: bySlug(data.services, selection.services),
    hub: data.hubs.find((hub) => hub.slug === selection.hub),
  };
}

/** The slip as a WhatsApp message: plain lines, bold headings in WhatsApp's own `*…*`, and the link to the slip. */
export function whatsAppText(slip: PickedSlip, data: CounterData, words: CounterWords, link: string): string {
  const blocks: string[][] = [[`*${words.title}* · ${data.siteName} · ${data.countryName}`]];
  if (data.demoNotice) blocks.push([data.demoNotice]);
  for (const guide of slip.guides) {
    const documents = guide.documents.map((document) => `- ${document.name.text}${document.details ? ` (${document.details.text})` : ''}`);
    blocks.push([
      `*${fillPlaceholders(words.documentsFor, { guide: guide.title.text })}*`,
      ...(documents.length > 0 ? documents : [words.noDocuments]),
    ]);
  }
  if (slip.services.length > 0) blocks.push([`*${words.whereToGo}*`]);
  for (const service of slip.services) {
    blocks.push([
      `*${service.name.text}* · ${service.organization}${service.statusNote ? ` · ${service.statusNote}` : ''}`,
      ...(service.address ? [service.address.text] : []),
      `${words.hours}: ${service.hours}`,
      ...service.phones,
      service.liveUrl,
    ]);
  }
  if (slip.hub) {
    const { hub } = slip;
    blocks.push([
      `*${words.yourHub}*`,
      hub.name.text,
      hub.address.text,
      `${words.hours}: ${hub.hours}`,
      ...hub.phones,
      ...(hub.email ? [hub.email] : []),
    ]);
  }
  blocks.push([link]);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}
