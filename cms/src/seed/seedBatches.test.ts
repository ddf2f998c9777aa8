import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { localApiSource } from '../export/localApiSource.ts';
import { rejectionOf } from '../testing/rejection.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { demoContent } from './demo-content/index.ts';
import type { DemoContent } from './demo-content/types.ts';
import { seedDemoContent } from './seedDemoContent.ts';

// Seeding in transactions is only for a CMS that asks for no rebuilds (a rebuild request is written outside them).
process.env.INFOHUB_SITE_REBUILDS = 'off';

const documents = ['guides', 'services', 'hubs', 'alerts'] as const;

describe('the seed in batches of one transaction', () => {
  let test: TestPayload;
  let payload: Payload;
  const seed = (content: DemoContent, transactions: boolean) =>
    seedDemoContent(payload, content, {
      admin: { configuredPassword: 'demo password for tests', loginFile: path.join(test.directory, 'demo-admin.json') },
      log: () => {},
      transactions,
    });
  /** The export with what differs between two seeds of the same content by design: ids and times. */
  const comparableExport = async (name: string) => {
    const source = localApiSource(payload, { mediaDir: test.mediaDir, description: 'the seeded test database' });
    const { snapshot } = await exportSnapshot(source, { outFile: path.join(test.directory, name, 'snapshot.json') });
    return JSON.parse(JSON.stringify(snapshot), (key, value) =>
      key === 'id' || key === 'updatedAt' || key === 'generatedAt' ? undefined : value,
    ) as unknown;
  };
  const versionCounts = async () =>
    Object.fromEntries(
      await Promise.all(documents.map(async (collection) => [collection, (await payload.countVersions({ collection })).totalDocs])),
    );
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

  it('writes the same documents, translations and versions as one write at a time', async () => {
    await seed(demoContent, false);
    const oneAtATime = await comparableExport('one-at-a-time');
    const versionsOneAtATime = await versionCounts();
    await removeDocuments();

    const report = await seed(demoContent, true);
    expect(report.documents.guides?.created).toBeGreaterThan(0);
    expect(await comparableExport('in-batches')).toEqual(oneAtATime);
    expect(await versionCounts()).toEqual(versionsOneAtATime);
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
