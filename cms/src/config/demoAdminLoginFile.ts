import path from 'node:path';
import { dataDir } from '../paths.ts';
import type { DatabaseSettings } from './databaseUrl.ts';

/**
 * Where the seed records the demo admin's generated login: beside the SQLite database the account is in, so
 * `cms/data/demo-admin.json` (with the secret) for the default database, and a scratch database's own folder for a
 * scratch database, which then never overwrites the default one's. MongoDB's is in `cms/data`.
 */
export function demoAdminLoginFile(database: DatabaseSettings): string {
  return path.join(database.kind === 'sqlite' ? path.dirname(database.filePath) : dataDir, 'demo-admin.json');
}
