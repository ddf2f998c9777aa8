import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf } from '../testing/rejection.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { demoContent } from './demo-content/index.ts';
import type { DemoContent } from './demo-content/types.ts';
import { seedDemoContent } from './seedDemoContent.ts';

// Seeding the bulk way is only for a CMS that asks for no rebuilds (a rebuild request is written outside its batches).
process.env.INFOHUB_SITE_REBUILDS = 'off';

const documents = ['guides', 'services', 'hubs', 'alerts', 'recruiters'] as const;

describe('the seed written the bulk way', () => {
  let test: TestPayload;
  let payload: Payload;
  const seed = (content: DemoContent, bulk: boolean) =>
    seedDemoContent(payload, content, {
      admin: { configuredPassword: 'demo password for tests', loginFile: path.join(test.directory, 'demo-admin.json') },
      log: () => {},
      bulk,
    });
  /**
   * Every stored document and every version of it, in every language, drafts included, with what differs between two
   * seeds of the same content by design left out: ids (documents, rows, versions' parents) and times (the document's,
   * and those in the translation markers).
   */
  const storedContent = async () => {
    const stored: Record<string, unknown> = {};
    for (const collection of documents) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        draft: true,
        limit: 0,
        sort: 'slug',
        overrideAccess: true,
      });
      const versions = await payload.findVersions({
        collection,
        locale: 'all',
        depth: 0,
        limit: 0,
        sort: 'createdAt',
        overrideAccess: true,
      });
      const slugOf = new Map(docs.map((doc) => [doc.id, doc.slug]));
      stored[collection] = {
        documents: docs,
        versions: versions.docs
          .map((version) => ({ of: slugOf.get(version.parent as number), version: version.version }))
          .sort((a, b) => String(a.of).localeCompare(String(b.of))),
      };
    }
    const leftOut = new Set(['id', 'parent', 'createdAt', 'updatedAt', 'changedAt', 'savedAt']);
    return JSON.parse(JSON.stringify(stored), (key, value) => (leftOut.has(key) ? undefined : value)) as unknown;
  };
  const removeDocuments = async () => {
    for (const collection of documents) await payload.delete({ collection, where: {}, overrideAccess: true });
  };

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
  });
  afterAll(async () => {
    await test?.stop();
  });

  it("stores the same documents, translations, translation markers and versions as the editor's way", async () => {
    await seed(demoContent, false);
    const editorsWay = await storedContent();
    await removeDocuments();

    const report = await seed(demoContent, true);
    expect(report.documents.guides?.created).toBeGreaterThan(0);
    expect(await storedContent()).toEqual(editorsWay);
  }, 300_000);

  it('leaves no half-made document when a translation is rejected inside a batch', async () => {
    const [country] = demoContent.countries;
    if (!country?.guides[0]) throw new Error('The demo content has no guide.');
    const broken: DemoContent = {
      topics: demoContent.topics,
      countries: [
        {
          ...country,
          guides: [{ ...country.guides[0], slug: 'solo-en-ingles', cost: { en: 'USD 20' } }],
          draftGuides: [],
          services: [],
          hubs: [],
          alerts: [],
        },
      ],
    };
    const details = await rejectionOf(seed(broken, true));
    expect(details).toEqual([expect.stringContaining('field "cost": There is text in English but none in Spanish')]);
    expect((await payload.count({ collection: 'guides', where: { slug: { equals: 'solo-en-ingles' } } })).totalDocs).toBe(0);
  }, 120_000);
});
