import path from 'node:path';
import type { CollectionSlug, Payload, Where } from 'payload';
import type { DemoContent, DemoCountryContent } from './demo-content/types.ts';
import { type DemoAdminOutcome, demoAdminEmail, ensureDemoAdmin } from './demoAdmin.ts';
import { type DemoStaffOutcome, ensureDemoStaff } from './demoStaff.ts';
import type { LocalizedData } from './localizedData.ts';
import { openSeedBatches, type SeedBatches } from './seedBatches.ts';
import { type SeedOutcome, seedDocument } from './seedDocument.ts';
import { alertData, guideData, hubData, recruiterData, type SeedIds, serviceData } from './toCmsData.ts';

export type SeedTally = Record<string, { created: number; kept: number }>;

export interface SeedReport {
  documents: SeedTally;
  /** How long writing the content took, in seconds (the accounts and settings around it not counted). */
  contentSeconds: number;
  /** Whether the demo admin was created or kept, and its password where the seed knows it. */
  admin: DemoAdminOutcome;
  /** The demo accounts for the other roles (`demo-users.json` beside the admin's login file). */
  staff: DemoStaffOutcome[];
  /** Whether this run turned on site-settings.demoContent, or found it on. */
  demoFlag: 'set' | 'already set';
}

/**
 * Loads the demo content: an admin to sign in with, the topics, and per country its record, guides, services,
 * hubs, alerts and draft guides (saved as drafts only). Existing documents are kept as they are, so a second run
 * changes nothing. Finally marks the site as showing demo content.
 */
export async function seedDemoContent(
  payload: Payload,
  content: DemoContent,
  {
    admin: adminOptions,
    log,
    bulk,
  }: {
    /** INFOHUB_DEMO_PASSWORD if set, and where the generated login is kept (`cms/data/demo-admin.json`). */
    admin: { configuredPassword: string | undefined; loginFile: string };
    log: (line: string) => void;
    /**
     * Write the content the bulk way: in batches of one transaction each (`seedBatches.ts`), and each translation
     * saving only its text (`translationFor`), many times faster on SQLite for the same documents. By default only
     * when the CMS asks for no site rebuilds (`INFOHUB_SITE_REBUILDS=off`, as `pnpm start` and the bench seed): a
     * rebuild request is written by a hook that does not pass the batch's request on. Otherwise every save carries
     * the whole document and commits alone, as an editor's saves in the admin do.
     */
    bulk?: boolean;
  },
): Promise<SeedReport> {
  const tally: SeedTally = {};
  const count = (kind: string, result: SeedOutcome, name: string) => {
    const entry = tally[kind] ?? { created: 0, kept: 0 };
    entry[result.outcome] += 1;
    tally[kind] = entry;
    if (result.outcome === 'created') log(`created ${kind} ${name} in ${result.locales.join(', ')}`);
  };

  const admin = await ensureDemoAdmin(payload, adminOptions);
  tally.users = { created: admin.outcome === 'created' ? 1 : 0, kept: admin.outcome === 'kept' ? 1 : 0 };
  if (admin.outcome === 'created') log(`created user ${demoAdminEmail} (admin)`);

  // The content is written in batches of one transaction each; the accounts and settings around it are not.
  const contentStartedAt = performance.now();
  const inBulk = bulk ?? (await siteRebuildsAreOff());
  const batches = await openSeedBatches(payload, { transactions: inBulk });
  const countryIds = new Map<string, number | string>();
  try {
    const topicIds = new Map<string, number | string>();
    for (const topic of content.topics) {
      const result = await seedDocument(payload, {
        collection: 'topics',
        key: { slug: { equals: topic.slug } },
        data: { ...topic },
        req: batches.req,
        bulk: inBulk,
      });
      await batches.written();
      count('topics', result, `"${topic.slug}"`);
      topicIds.set(topic.slug, result.id);
    }
    for (const countryContent of content.countries) {
      countryIds.set(countryContent.country.code, await seedCountry(payload, batches, countryContent, topicIds, count, inBulk));
    }
    await batches.commit();
  } catch (error) {
    await batches.rollback();
    throw error;
  }
  const contentSeconds = (performance.now() - contentStartedAt) / 1000;

  const staff = await ensureDemoStaff(payload, { loginFile: demoStaffLoginFile(adminOptions.loginFile), countryIds });
  for (const account of staff) {
    if (account.outcome === 'skipped') continue;
    tally.users[account.outcome] += 1;
    if (account.outcome === 'created') log(`created user ${account.email} (${account.roles.join(', ')}: ${account.countries.join(', ')})`);
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 });
  if (settings.demoContent === true) return { documents: tally, contentSeconds, admin, staff, demoFlag: 'already set' };
  await payload.updateGlobal({ slug: 'site-settings', data: { demoContent: true }, depth: 0 });
  log('set site-settings.demoContent: every page of the site says the content is fictional');
  return { documents: tally, contentSeconds, admin, staff, demoFlag: 'set' };
}

/** The demo staff's logins live beside the demo admin's. */
export function demoStaffLoginFile(adminLoginFile: string): string {
  return path.join(path.dirname(adminLoginFile), 'demo-users.json');
}

async function seedCountry(
  payload: Payload,
  batches: SeedBatches,
  { country, guides, services, hubs, alerts, recruiters = [], draftGuides }: DemoCountryContent,
  topicIds: ReadonlyMap<string, number | string>,
  count: (kind: string, result: SeedOutcome, name: string) => void,
  bulk: boolean,
): Promise<number | string> {
  const countryResult = await seedDocument(payload, {
    collection: 'countries',
    key: { code: { equals: country.code } },
    data: { ...country },
    req: batches.req,
    bulk,
  });
  await batches.written();
  count('countries', countryResult, `"${country.slug}"`);
  const ids: SeedIds = { countryId: countryResult.id, topicIds };
  const seedInCountry = async (
    kind: string,
    collection: CollectionSlug,
    slug: string,
    data: LocalizedData,
    draft = false,
    inBatch = true,
  ): Promise<void> => {
    const key: Where = { and: [{ country: { equals: ids.countryId } }, { slug: { equals: slug } }] };
    const result = await seedDocument(payload, { collection, key, data, draft, req: inBatch ? batches.req : undefined, bulk });
    if (inBatch) await batches.written();
    count(kind, result, `"${slug}" (${country.slug})`);
  };

  for (const guide of guides) await seedInCountry('guides', 'guides', guide.slug, guideData(guide, ids));
  for (const guide of draftGuides) await seedInCountry('draft guides', 'guides', guide.slug, guideData(guide, ids), true);
  for (const service of services) await seedInCountry('services', 'services', service.slug, serviceData(service, ids));
  for (const hub of hubs) await seedInCountry('hubs', 'hubs', hub.slug, hubData(hub, ids));
  for (const recruiter of recruiters) await seedInCountry('recruiters', 'recruiters', recruiter.slug, recruiterData(recruiter, ids));
  // A published alert's hook queues its start and end as jobs without passing the request on: not in a batch.
  if (alerts.length > 0)
    await batches.outside(async () => {
      for (const alert of alerts) await seedInCountry('alerts', 'alerts', alert.slug, alertData(alert, ids), false, false);
    });
  return countryResult.id;
}

/** Read when the seed runs, not when this module loads: tests set the environment after importing it. */
async function siteRebuildsAreOff(): Promise<boolean> {
  const { env } = await import('../env.ts');
  return !env.siteRebuilds;
}
