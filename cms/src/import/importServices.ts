import { defaultLocale, slugify } from '@infohub/content-schemas';
// Ids only: the HSDS entry would load Ajv and the 2 MB schema with every CMS start.
import { hsdsServiceId } from '@infohub/content-schemas/hsds/ids';
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { closeTransaction, openTransaction } from '../database/transactions.ts';
import { validationData } from '../errors/validationDetails.ts';
import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import type { User } from '../payload-types.ts';
import { siteBuildRequestedByCaller } from '../publishing/rebuildHooks.ts';
import { requestSiteBuild } from '../publishing/siteBuildQueue.ts';
import { mayImportInto } from './mayImportInto.ts';
import { changedData } from './serviceChanges.ts';
import { localizedFields } from './serviceColumns.ts';
import type { ImportProblem, ReadFile, ServiceRecord } from './serviceRecord.ts';
import { importStrings } from './strings.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface ImportReport {
  country: string;
  dryRun: boolean;
  publish: boolean;
  /** What happened, or would happen, to each record. */
  outcomes: { source: string; slug: string; outcome: Outcome }[];
  /** Every problem found; when there is any, nothing was written. */
  problems: ImportProblem[];
  /** Whether the import's writes were committed (false for a dry run and for a file with problems). */
  written: boolean;
}

export interface ImportOptions {
  /** The country's slug. */
  country: string;
  dryRun: boolean;
  publish: boolean;
  /** Who imports: their access rules apply to every write. None for the command line, which acts as the server. */
  user?: User;
  /** The admin's request (its language for the messages); the command line gets a request of its own, in English. */
  req?: PayloadRequest;
  language: AdminLanguage;
}

/** Refused before reading the file: no such country, or not one the user may import into. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404,
  ) {
    super(message);
  }
}

type Values = Record<string, unknown>;

/** The Local API typed for data assembled at run time; Payload validates what is written. */
interface UntypedLocalApi {
  find(options: Values): Promise<{ docs: Values[] }>;
  create(options: Values): Promise<Values & { id: number | string }>;
  update(options: Values): Promise<Values>;
}

/**
 * Imports services into one country, all or nothing. Every record is saved through the Local API as the user
 * (their access rules, the collection's validation and hooks: phones, opening hours, web addresses, slugs, bidi
 * controls, Spanish first) inside one transaction, committed only when no record has a problem. Payload does not
 * validate drafts, so the records are first saved as published in a transaction that is always rolled back (the
 * check a publish would make); a dry run stops there, so it runs exactly the checks of a real import and writes
 * nothing. Then the drafts are written, or, when publishing was chosen, the checked transaction itself is committed.
 * Records are matched to the country's services by HSDS id (HSDS files), then by slug (the one given, else the one
 * the CMS makes from the Spanish name); a record equal to the stored service (its latest version, draft or published) is left alone, so a second
 * import of the same file reports everything unchanged.
 */
export async function importServices(payload: Payload, file: ReadFile, options: ImportOptions): Promise<ImportReport> {
  const strings = importStrings(options.language);
  const countryId = await findCountry(payload, options.country);
  if (countryId === undefined) throw new ImportRefused(strings.noCountry(options.country), 404);
  if (options.user && !mayImportInto(options.user, countryId)) throw new ImportRefused(strings.notAllowed(options.country), 403);

  const req = options.req ?? (await createLocalReq({}, payload));
  const pass = (status: 'published' | 'draft', commit: boolean) => savePass(payload, req, file, { ...options, countryId, status, commit });
  const checked = await pass('published', options.publish && !options.dryRun && file.problems.length === 0);
  const problems = [...file.problems, ...checked.problems];
  const report = { country: options.country, dryRun: options.dryRun, publish: options.publish, outcomes: checked.outcomes, problems };
  if (problems.length > 0 || options.dryRun) return { ...report, written: false };
  if (options.publish) {
    if (checked.outcomes.some(({ outcome }) => outcome !== 'unchanged')) {
      await requestSiteBuild(payload, `services of ${options.country} imported`);
    }
    return { ...report, written: checked.committed };
  }
  const drafts = await pass('draft', true);
  return { ...report, problems: drafts.problems, written: drafts.committed };
}

interface PassOptions extends ImportOptions {
  countryId: number | string;
  status: 'published' | 'draft';
  /** Commit when every record saved; otherwise roll back whatever happens. */
  commit: boolean;
}

/** Saves every record in one transaction, as `status`, collecting each record's outcome or problems. */
async function savePass(payload: Payload, req: PayloadRequest, file: ReadFile, options: PassOptions) {
  const access = options.user ? { user: options.user, overrideAccess: false } : { overrideAccess: true };
  const local = payload as unknown as UntypedLocalApi;
  const problems: ImportProblem[] = [];
  const outcomes: ImportReport['outcomes'] = [];
  await openTransaction(payload, req, 'the import');
  let committed = false;
  try {
    const existing = await storedServices(local, options.countryId, options.country, req);
    for (const record of file.records) {
      const slug = recordSlug(record);
      const stored = (record.hsdsId ? existing.get(hsdsIdKey(record.hsdsId)) : undefined) ?? (slug ? existing.get(slug) : undefined);
      const writes = changedData(record, stored);
      if (writes.length === 0) {
        outcomes.push({ source: record.source, slug: slug ?? '', outcome: 'unchanged' });
        continue;
      }
      // The language being written when a save fails: the one its problems are in.
      let writing: string | undefined;
      try {
        // A failed Local API write rolls the open transaction back and takes it off `req` (Payload's
        // `killTransaction`): checking goes on in a new one, so the report lists the problems of every record.
        if (req.transactionID === undefined) await openTransaction(payload, req, 'the import');
        let id = stored?.id as number | string | undefined;
        for (const { locale, data } of writes) {
          writing = locale;
          const common = {
            collection: 'services',
            locale,
            depth: 0,
            draft: options.status === 'draft',
            req,
            context: { [siteBuildRequestedByCaller]: true },
            ...access,
          };
          const withStatus = { ...data, _status: options.status };
          if (id === undefined) id = (await local.create({ ...common, data: { ...withStatus, country: options.countryId } })).id;
          else await local.update({ ...common, id, data: withStatus });
        }
        outcomes.push({ source: record.source, slug: slug ?? '', outcome: stored ? 'updated' : 'created' });
      } catch (error) {
        problems.push(...describeFailure(record.source, error, writing));
      }
    }
    if (problems.length === 0 && options.commit) {
      await closeTransaction(payload, req, 'commit');
      committed = true;
    }
  } finally {
    if (!committed) await closeTransaction(payload, req, 'rollback');
  }
  return { outcomes, problems, committed };
}

async function findCountry(payload: Payload, slug: string): Promise<number | string | undefined> {
  const { docs } = await payload.find({
    collection: 'countries',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  return docs[0]?.id;
}

/**
 * The country's services as stored, every language at once, the latest version of each (drafts included), by slug
 * and by HSDS id (derived from country and slug, as the export makes it: no field of its own).
 */
async function storedServices(
  local: UntypedLocalApi,
  country: number | string,
  countrySlug: string,
  req: PayloadRequest,
): Promise<Map<string, Values>> {
  const { docs } = await local.find({
    collection: 'services',
    where: { country: { equals: country } },
    locale: 'all',
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    req,
  });
  return new Map(
    docs.flatMap((doc) => [
      [String(doc.slug), doc],
      [hsdsIdKey(hsdsServiceId(countrySlug, String(doc.slug))), doc],
    ]),
  );
}

/** HSDS ids share the map with slugs, and a UUID is also a valid slug: ids go under a prefix no slug has. */
function hsdsIdKey(id: string): string {
  return `hsds:${id}`;
}

/** The slug a record will have: its own, or the one the CMS makes from the Spanish name when it has none. */
function recordSlug(record: ServiceRecord): string | undefined {
  const given = record.fields.slug;
  if (typeof given === 'string' && given.trim() !== '') return given.trim();
  const name = record.text[defaultLocale]?.name;
  return name ? slugify(name) || undefined : undefined;
}

/** A rejected save as problems: each field Payload refused, with its language when the field is localized. */
function describeFailure(source: string, error: unknown, locale: string | undefined): ImportProblem[] {
  const data = validationData(error);
  if (!data) return [{ source, message: error instanceof Error ? error.message : String(error) }];
  return data.errors.map(({ path, message }) => {
    const field = path.split('.')[0] ?? path;
    const localized = localizedFields.has(field) || /^phones\.\d+\.label$/u.test(path);
    return { source, field: path, ...(localized && locale ? { language: locale } : {}), message };
  });
}
