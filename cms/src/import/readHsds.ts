import { defaultLocale, localeCodes } from '@infohub/content-schemas';
import { type HsdsFile, type ImportedService, servicesFromHsds } from '@infohub/content-schemas/hsds';
import type { Payload } from 'payload';
import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import { localizedText } from './serviceColumns.ts';
import type { ImportProblem, NamedFile, ReadFile, ServiceRecord } from './serviceRecord.ts';
import { importStrings } from './strings.ts';

/**
 * The language of an HSDS file, which HSDS records do not carry: the last language code among the parts of its
 * path or name, as the site publishes them (`/en/honduras/open-data/hsds/services/{id}.json`) or as a person names a
 * download (`services.en.json`, `en-5f0c….json`).
 */
function hsdsFileLanguage(fileName: string): string | undefined {
  const parts = fileName.toLowerCase().split(/[/\\._-]/u);
  return parts.findLast((part) => (localeCodes as readonly string[]).includes(part));
}

/**
 * Reads HSDS 3.0 JSON, as the site publishes it or another directory writes it, into service records for one
 * country: each file is one `/services/{id}` record, a JSON array of them, or a `/services` page whose `contents` are
 * full records; several files may share a language. The records of every language are joined by their HSDS id and
 * checked by `servicesFromHsds` (the official schema, then the checks the CMS makes on save), whose problems name the
 * record, field and language. The site's own `services.json` lists summaries without phones, places or categories:
 * it is refused with a pointer to the full records.
 */
export async function readHsds(payload: Payload, files: readonly NamedFile[], country: string, language: AdminLanguage): Promise<ReadFile> {
  const strings = importStrings(language);
  const problems: ImportProblem[] = [];
  const hsdsFiles: HsdsFile[] = [];
  for (const file of files) {
    const lang = hsdsFileLanguage(file.name);
    if (!lang) {
      problems.push({ source: file.name, message: strings.hsdsNoLanguage });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
    } catch (error) {
      problems.push({ source: file.name, message: strings.unreadable((error as Error).message) });
      continue;
    }
    const services = serviceRecordsIn(json);
    if (services.length === 0) problems.push({ source: file.name, message: strings.hsdsNoRecords });
    else if (services.every(isSummary)) problems.push({ source: file.name, message: strings.hsdsSummaries });
    else hsdsFiles.push({ lang, services });
  }
  const countryCode = await countryCodeOf(payload, country);
  // An unknown country is refused by the import itself, before any record is looked at.
  if (countryCode === undefined || problems.length > 0) return { records: [], problems };

  const read = servicesFromHsds(hsdsFiles, { country, countryCode, defaultLocale });
  const languages = [...new Set(hsdsFiles.map((file) => file.lang))];
  return {
    records: read.services.map((service) => serviceRecord(service, languages)),
    problems: read.problems.map(({ document, field, locale, message }) => ({
      source: document,
      field,
      ...(locale ? { language: locale } : {}),
      message,
    })),
  };
}

function serviceRecordsIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return [];
  const contents = (json as { contents?: unknown }).contents;
  if (Array.isArray(contents)) return contents;
  return 'id' in json ? [json] : [];
}

/** A `/services` list record: the one-to-one fields only, none of the lists a full record has. */
function isSummary(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  return !('service_at_locations' in record) && !('attributes' in record) && !('phones' in record);
}

async function countryCodeOf(payload: Payload, slug: string): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection: 'countries',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  return docs[0]?.code;
}

/**
 * A full HSDS record says everything about its service: a field it leaves out is emptied (`null`), and so is a
 * translation a language's file does not give (its text fell back to Spanish). The review date (`assured_date`) is
 * not imported: it is the hub's own confirmation, made by marking the service reviewed.
 */
function serviceRecord(service: ImportedService, languages: readonly string[]): ServiceRecord {
  const text: ServiceRecord['text'] = {};
  for (const lang of languages) {
    text[lang] = Object.fromEntries(localizedText.map((field) => [field, service[field]?.[lang] ?? null]));
  }
  return {
    source: `record ${service.hsdsId} (${service.name[defaultLocale]})`,
    hsdsId: service.hsdsId,
    fields: {
      slug: service.slug,
      organization: service.organization,
      category: service.category,
      status: service.status,
      city: service.city,
      email: service.email ?? null,
      website: service.website ?? null,
      openingHours: service.openingHours ?? null,
      languages: service.languages,
      location: service.location ? [service.location.longitude, service.location.latitude] : null,
      phones: service.phones.map(({ number, type, label }) => ({
        number,
        type,
        ...(label?.[defaultLocale] ? { label: label[defaultLocale] } : {}),
      })),
    },
    text,
  };
}
