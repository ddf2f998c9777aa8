import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getPayload, type Payload } from 'payload';
import { afterAll, beforeAll, inject } from 'vitest';
import { createCountryAndTopic } from './fixtures.ts';

export interface TestPayload {
  payload: Payload;
  /** The test's own folder: its database, uploads and exported snapshots. */
  directory: string;
  mediaDir: string;
  stop(): Promise<void>;
}

/**
 * Starts Payload with the real config on a database of the test file's own: a temporary SQLite file, or the given
 * URL (MongoDB). The SQLite file is a copy of the schema the global setup pushed from the collections
 * (`schemaTemplate.ts`), unless `pushSchema` is false: the file is then empty and the test applies the committed
 * migrations. Environment variables are set before the config is first imported, which vitest does afresh for
 * every test file.
 */
export async function startTestPayload({
  databaseUrl,
  pushSchema = true,
}: {
  databaseUrl?: string;
  pushSchema?: boolean;
} = {}): Promise<TestPayload> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'infohub-cms-test-'));
  const mediaDir = path.join(directory, 'media');
  const sqliteFile = path.join(directory, 'test.db');
  const copySchema = databaseUrl === undefined && pushSchema;
  if (copySchema) await copyFile(inject('cmsSchemaTemplate'), sqliteFile);
  process.env.DATABASE_URL = databaseUrl ?? `file:${sqliteFile}`;
  // MongoDB has no schema to push; a SQLite file either has it already or gets it from the migrations.
  process.env.INFOHUB_DB_PUSH = String(pushSchema && !copySchema);
  process.env.PAYLOAD_SECRET = 'test-secret-used-only-by-tests';
  process.env.INFOHUB_MEDIA_DIR = mediaDir;
  const { env } = await import('../env.ts');
  if (env.mediaDir !== mediaDir) {
    // A test file imported env.ts (directly or through another module) before this ran: it would use the real
    // database in cms/data. Import such modules dynamically, after starting Payload.
    throw new Error('env.ts was read before startTestPayload set the test database: refusing to touch the real one');
  }
  const { default: config } = await import('../payload.config.ts');
  const payload = await getPayload({ config, key: directory });
  return {
    payload,
    directory,
    mediaDir,
    async stop() {
      await payload.destroy();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export interface CmsWithCountryAndTopic {
  payload: Payload;
  ids: { country: number; topic: number };
}

/**
 * For a test file that saves guides: starts Payload before its tests with one country and one topic to point at,
 * and stops it after. The returned object is filled in once the tests start.
 */
export function useCmsWithCountryAndTopic(): CmsWithCountryAndTopic {
  const cms = {} as CmsWithCountryAndTopic;
  let test: TestPayload | undefined;
  beforeAll(async () => {
    test = await startTestPayload();
    cms.payload = test.payload;
    cms.ids = await createCountryAndTopic(cms.payload);
  });
  afterAll(async () => {
    await test?.stop();
  });
  return cms;
}
