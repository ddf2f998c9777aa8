import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { migrationsDir } from '../paths.ts';
import type { DatabaseSettings } from './databaseUrl.ts';
import { indexLocaleParents } from './indexLocaleParents.ts';

export function createDatabaseAdapter(database: DatabaseSettings, { pushSchema }: { pushSchema: boolean }): DatabaseAdapterObj {
  if (database.kind === 'mongodb') {
    // MongoDB needs no schema migrations; the SQL ones in src/migrations must never run against it.
    return mongooseAdapter({ url: database.url, migrationDir: path.join(migrationsDir, 'mongodb') });
  }
  mkdirSync(path.dirname(database.filePath), { recursive: true });
  return sqliteAdapter({
    client: { url: database.url },
    migrationDir: migrationsDir,
    push: pushSchema,
    // The CMS server and its site workers are separate processes on one file: write-ahead logging lets them read
    // while one writes, and a writer waits its turn instead of failing with "database is locked".
    wal: true,
    busyTimeout: 10_000,
    afterSchemaInit: [indexLocaleParents],
  });
}
