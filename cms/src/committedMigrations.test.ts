import path from 'node:path';
import type { Migration } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyMigrationApplied } from './database/everyMigrationApplied.ts';
import { exportSnapshot } from './export/exportSnapshot.ts';
import { localApiSource } from './export/localApiSource.ts';
import { migrations } from './migrations/index.ts';
import { migrationsDir } from './paths.ts';
import { demoContent } from './seed/demo-content/index.ts';
import { seedDemoContent } from './seed/seedDemoContent.ts';
import { startTestPayload, type TestPayload } from './testing/startTestPayload.ts';

// Lives outside src/migrations: `payload migrate` imports every .ts file there as a migration.
// Production never pushes the schema: it runs these committed migrations. If a collection gains a field and no
// migration adds its column, seeding or exporting here fails with the SQL error a production server would hit.
describe('the committed migrations', () => {
  let test: TestPayload;

  beforeAll(async () => {
    test = await startTestPayload({ pushSchema: false });
    // The SQLite migrations are typed with the SQLite adapter's arguments, Payload's list with the generic ones.
    await test.payload.db.migrate({ migrations: migrations as unknown as Migration[] });
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('are all recorded as applied, so that the start script skips `payload migrate`', () => {
    expect(everyMigrationApplied(path.join(test.directory, 'test.db'), migrationsDir)).toBe(true);
  });

  it('create every table and column the demo content needs, from seed to snapshot', async () => {
    const report = await seedDemoContent(test.payload, demoContent, {
      admin: { configuredPassword: 'migrations checked end to end', loginFile: path.join(test.directory, 'demo-admin.json') },
      log: () => {},
    });
    const { snapshot } = await exportSnapshot(
      localApiSource(test.payload, { mediaDir: test.mediaDir, description: 'the migrated test database' }),
      {
        outFile: path.join(test.directory, 'snapshot.json'),
      },
    );

    const published = demoContent.countries.flatMap((country) => country.guides).length;
    expect(report.documents.guides?.created).toBe(published);
    expect(snapshot.guides).toHaveLength(published);
    expect(snapshot.countries).toHaveLength(demoContent.countries.length);
    expect(snapshot.topics).toHaveLength(demoContent.topics.length);
    expect(snapshot.recruiters).toHaveLength(demoContent.countries.flatMap((country) => country.recruiters ?? []).length);
  });
});
