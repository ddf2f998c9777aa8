import { describeBidiControlProblem } from '../checks/bidiControls.ts';
import { describePhoneNumberProblem } from '../checks/phoneNumbers.ts';
import { isWebAddress } from '../patterns.ts';
import { isSlug, slugify } from '../slugs.ts';
import type { SnapshotProblem } from '../snapshot/problems.ts';
import type { Localized, SnapshotPhone } from '../snapshot/schema.ts';
import { type ServiceCategory, serviceCategories } from '../vocabularies.ts';
import type { HsdsSourceService } from './fromSnapshot.ts';
import type { HsdsService } from './records.ts';
import { openingHoursFromSchedules } from './schedules.ts';
import { hsdsServiceProblems } from './validate.ts';
import { categoryLinkType, categoryTaxonomy, phoneTypeFromHsds, slugLinkType, slugTermCode, statusFromHsds } from './vocabulary.ts';

/**
 * HSDS 3.0 service records (one file per language, as we publish them, or another directory's) back to the fields
 * of an infohub service. Each record is first checked against the official schema, then read with the checks the
 * CMS applies on save (phone numbers for the country, web addresses, slugs, opening hours, bidi controls, text in
 * the default language). Every problem names the record, the field and the language; nothing is guessed.
 */

export interface HsdsFile {
  /** The language of the file's texts. */
  lang: string;
  /** The records: the `contents` of a `/services` page of full records, or the records of `/services/{id}`. */
  services: readonly unknown[];
}

export interface HsdsImportContext {
  /** The infohub country the services are imported into (its slug). */
  country: string;
  /** Its ISO 3166-1 alpha-2 code: short numbers are checked against the country's. */
  countryCode: string;
  defaultLocale: string;
}

/** A service ready for the CMS: the snapshot's fields (texts per language) and the HSDS id it came from. */
export interface ImportedService extends HsdsSourceService {
  hsdsId: string;
}

export interface HsdsImport {
  services: ImportedService[];
  problems: SnapshotProblem[];
}

/** What one language's record says: the fields every language shares, and its texts. */
interface Reading {
  lang: string;
  shared: Omit<HsdsSourceService, 'name' | 'description' | 'address' | 'fees' | 'eligibility' | 'phones'> & {
    phones: Omit<SnapshotPhone, 'label'>[];
  };
  texts: { name: string; description: string; address?: string; fees?: string; eligibility?: string; phoneLabels: (string | undefined)[] };
}

export function servicesFromHsds(files: readonly HsdsFile[], context: HsdsImportContext): HsdsImport {
  const problems: SnapshotProblem[] = [];
  const readings = new Map<string, Reading[]>();
  for (const file of files) {
    for (const record of file.services) {
      const schemaProblems = hsdsServiceProblems(record, { country: context.country, lang: file.lang });
      if (schemaProblems.length > 0) {
        problems.push(...schemaProblems);
        continue;
      }
      const service = record as HsdsService;
      const reading = readService(service, file.lang, context, problems);
      if (reading) readings.set(service.id, [...(readings.get(service.id) ?? []), reading]);
    }
  }
  const services: ImportedService[] = [];
  const bySlug = new Map<string, ImportedService>();
  for (const [id, languages] of readings) {
    const merged = mergeLanguages(id, languages, context, problems);
    if (!merged) continue;
    // Two records of another directory may have names that make the same slug: the site would show one of them.
    const taken = bySlug.get(merged.slug);
    if (taken) {
      problems.push({
        document: `services "${merged.name[context.defaultLocale]}" (${context.country}, HSDS id ${id})`,
        field: 'attributes (infohub-slug)',
        locale: context.defaultLocale,
        message: `has the slug "${merged.slug}" of the service with HSDS id ${taken.hsdsId}: give one of them another name or an infohub-slug attribute`,
      });
      continue;
    }
    bySlug.set(merged.slug, merged);
    services.push(merged);
  }
  return { services: services.sort((a, b) => a.slug.localeCompare(b.slug)), problems };
}

function readService(service: HsdsService, lang: string, context: HsdsImportContext, problems: SnapshotProblem[]): Reading | undefined {
  const document = `services "${service.name}" (${context.country}, HSDS id ${service.id})`;
  const found = (field: string, message: string) => problems.push({ document, field, locale: lang, message });
  const before = problems.length;

  const attribute = (linkType: string, accept: (code: string | undefined, taxonomy: string | undefined) => boolean) =>
    service.attributes?.find(
      (candidate) => candidate.link_type === linkType && accept(candidate.taxonomy_term?.code, candidate.taxonomy_term?.taxonomy),
    );
  const slugAttribute = attribute(slugLinkType, (code) => code === slugTermCode);
  const slug = slugAttribute?.value ?? slugify(service.name);
  if (!isSlug(slug)) found('attributes (infohub-slug)', `"${slug}" is not a slug: lower-case letters, digits and single hyphens`);
  const categoryCode = attribute(categoryLinkType, (_code, taxonomy) => taxonomy === categoryTaxonomy)?.taxonomy_term?.code;
  const category = serviceCategories.find((candidate) => candidate === categoryCode) as ServiceCategory | undefined;
  if (!category)
    found(
      'attributes',
      `has no infohub service category (an attribute with link_type "${categoryLinkType}" whose taxonomy term, of the taxonomy "${categoryTaxonomy}", has one of the codes ${serviceCategories.join(', ')})`,
    );

  const location = service.service_at_locations?.find((candidate) => candidate.location?.location_type === 'physical')?.location;
  const address = location?.addresses?.find((candidate) => candidate.address_type === 'physical') ?? location?.addresses?.[0];
  const city = address?.city.trim();
  if (!city) found('service_at_locations', 'has no physical address with a city: infohub lists services by city');

  const phones: Reading['shared']['phones'] = [];
  const phoneLabels: (string | undefined)[] = [];
  for (const [index, phone] of (service.phones ?? []).entries()) {
    const kind = phoneTypeFromHsds(phone);
    const problem = describePhoneNumberProblem(phone.number, context.countryCode);
    if (!kind) found(`phones[${index}].type`, `"${phone.type}" is not a phone readers can call or write to (voice, cell or text)`);
    else if (problem) found(`phones[${index}].number`, problem);
    else {
      phones.push({ number: phone.number, type: kind.type });
      phoneLabels.push(kind.label);
    }
  }

  const hours = openingHoursFromSchedules(service.schedules ?? []);
  for (const problem of hours.problems) found(problem.field, problem.message);
  if (service.url !== undefined && !isWebAddress(service.url)) found('url', 'must be a web address starting with https:// or http://');

  const texts: Reading['texts'] = {
    name: service.name.trim(),
    description: (service.description ?? '').trim(),
    ...optionalText('address', address?.address_1),
    ...optionalText('fees', service.fees_description),
    ...optionalText('eligibility', service.eligibility_description),
    phoneLabels,
  };
  const { phoneLabels: _labels, ...plainTexts } = texts;
  const checkedTexts = { ...plainTexts, 'organization.name': service.organization?.name, city, ...phoneLabelFields(phoneLabels) };
  for (const [field, value] of Object.entries(checkedTexts)) {
    const problem = value !== undefined ? describeBidiControlProblem(value) : undefined;
    if (problem) found(field, problem);
  }
  if (!service.organization?.name.trim()) found('organization.name', 'is missing: infohub names the organisation of every service');
  if (problems.length > before || !category || !city) return undefined;

  return {
    lang,
    shared: {
      slug,
      country: context.country,
      organization: service.organization?.name.trim() ?? '',
      category,
      city,
      ...(location?.latitude !== undefined && location.longitude !== undefined
        ? { location: { latitude: location.latitude, longitude: location.longitude } }
        : {}),
      phones,
      ...(service.email !== undefined ? { email: service.email } : {}),
      ...(service.url !== undefined ? { website: service.url } : {}),
      ...(hours.openingHours !== undefined ? { openingHours: hours.openingHours } : {}),
      status: statusFromHsds[service.status],
      languages: (service.languages ?? []).flatMap((language) => (language.code ? [language.code] : [])),
      ...(service.assured_date ? { lastReviewedAt: `${service.assured_date.slice(0, 10)}T00:00:00.000Z` } : {}),
      updatedAt: service.last_modified ?? new Date(0).toISOString(),
    },
    texts,
  };
}

function phoneLabelFields(labels: readonly (string | undefined)[]): Record<string, string | undefined> {
  return Object.fromEntries(labels.map((label, index) => [`phones[${index}].description`, label]));
}

function optionalText<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const text = value?.trim();
  return text ? ({ [key]: text } as Record<K, string>) : {};
}

/**
 * One service from its records in each language: the shared fields must agree across languages, and a text equal
 * to the default language's is a fallback (our export gives untranslated text in the default language), not a
 * translation.
 */
function mergeLanguages(
  id: string,
  readings: Reading[],
  context: HsdsImportContext,
  problems: SnapshotProblem[],
): ImportedService | undefined {
  const primary = readings.find((reading) => reading.lang === context.defaultLocale);
  if (!primary) {
    const [first] = readings;
    problems.push({
      document: `services "${first?.texts.name}" (${context.country}, HSDS id ${id})`,
      field: 'name',
      locale: context.defaultLocale,
      message: `has no record in the default language "${context.defaultLocale}": every service needs its text in it`,
    });
    return undefined;
  }
  const document = `services "${primary.texts.name}" (${context.country}, HSDS id ${id})`;
  if (!primary.texts.description)
    problems.push({
      document,
      field: 'description',
      locale: context.defaultLocale,
      message: 'is empty: every service needs a description',
    });
  for (const reading of readings) {
    for (const [field, value] of Object.entries(reading.shared)) {
      const expected = primary.shared[field as keyof Reading['shared']];
      if (JSON.stringify(value) !== JSON.stringify(expected))
        problems.push({
          document,
          field,
          locale: reading.lang,
          message: `differs from the "${context.defaultLocale}" record (${JSON.stringify(expected)}): only texts may differ between languages`,
        });
    }
  }
  const localized = (pick: (texts: Reading['texts']) => string | undefined): Localized<string> | undefined => {
    const fallback = pick(primary.texts);
    if (fallback === undefined) return undefined;
    const values: Localized<string> = { [context.defaultLocale]: fallback };
    for (const reading of readings) {
      const text = pick(reading.texts);
      if (text !== undefined && text !== fallback) values[reading.lang] = text;
    }
    return values;
  };
  const text = (pick: (texts: Reading['texts']) => string | undefined) => localized(pick) ?? { [context.defaultLocale]: '' };
  const optional = <K extends string>(key: K, pick: (texts: Reading['texts']) => string | undefined) => {
    const value = localized(pick);
    return value ? ({ [key]: value } as Record<K, Localized<string>>) : {};
  };
  return {
    hsdsId: id,
    ...primary.shared,
    name: text((texts) => texts.name),
    description: text((texts) => texts.description),
    ...optional('address', (texts) => texts.address),
    ...optional('fees', (texts) => texts.fees),
    ...optional('eligibility', (texts) => texts.eligibility),
    phones: primary.shared.phones.map((phone, index) => {
      const label = localized((texts) => texts.phoneLabels[index]);
      return label ? { ...phone, label } : phone;
    }),
  };
}
