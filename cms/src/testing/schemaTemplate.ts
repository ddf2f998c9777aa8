import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SQLiteAdapter } from '@payloadcms/db-sqlite';
import { getPayload } from 'payload';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A SQLite file with the schema pushed from the collections and nothing else, for test files to copy. */
    cmsSchemaTemplate: string;
  }
}

/**
 * Vitest's global setup: pushes the schema once, into a file each test file copies (`startTestPayload`). Pushing
 * it in every file loaded drizzle-kit and compared the whole schema with an empty database, file after file.
 */
export default async function pushSchemaOnce(project: TestProject): Promise<() => Promise<void>> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'infohub-cms-schema-'));
  const file = path.join(directory, 'schema.db');
  process.env.DATABASE_URL = `file:${file}`;
  process.env.INFOHUB_DB_PUSH = 'true';
  process.env.PAYLOAD_SECRET = 'test-secret-used-only-by-tests';
  process.env.INFOHUB_MEDIA_DIR = path.join(directory, 'media');
  const { default: config } = await import('../payload.config.ts');
  const payload = await getPayload({ config, key: directory });
  // Everything into the file itself, so that a copy of the file alone is the whole database.
  await (payload.db as unknown as SQLiteAdapter).client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  await payload.destroy();
  project.provide('cmsSchemaTemplate', file);
  return () => rm(directory, { recursive: true, force: true });
}
