import { copyFileSync, existsSync, rmSync } from 'node:fs';

/**
 * A copy of a SQLite database the CMS is not using. The CMS opens SQLite in WAL mode, and its last writes may still
 * be in the `-wal` file beside the database (the seed's, for one): the copy takes that file along, and drops any
 * the target had, which would belong to another database.
 */
export function copySqliteDatabase(from: string, to: string): void {
  rmSync(`${to}-wal`, { force: true });
  rmSync(`${to}-shm`, { force: true });
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}
