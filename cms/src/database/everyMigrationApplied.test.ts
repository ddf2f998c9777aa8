import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { everyMigrationApplied } from './everyMigrationApplied.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'infohub-migrations-'));
const migrations = path.join(folder, 'migrations');
mkdirSync(migrations);
for (const file of ['20261123_113714_initial.ts', '20261123_113714_initial.json', '20261205_120023_shards.ts', 'index.ts'])
  writeFileSync(path.join(migrations, file), '');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A database whose `payload_migrations` table holds these rows, or no such table when `rows` is undefined. */
function databaseWith(name: string, rows?: [string, number][]): string {
  const file = path.join(folder, `${name}.db`);
  const database = new DatabaseSync(file);
  if (rows) {
    database.exec('CREATE TABLE payload_migrations (id INTEGER PRIMARY KEY, name TEXT, batch NUMERIC)');
    const insert = database.prepare('INSERT INTO payload_migrations (name, batch) VALUES (?, ?)');
    for (const [migration, batch] of rows) insert.run(migration, batch);
  }
  database.close();
  return file;
}

describe('everyMigrationApplied', () => {
  it('is true when every migration file has its row, whatever batch applied it', () => {
    const file = databaseWith('up-to-date', [
      ['20261123_113714_initial', 1],
      ['20261205_120023_shards', 2],
    ]);
    expect(everyMigrationApplied(file, migrations)).toBe(true);
  });

  it('is false when a migration file has no row yet, so `payload migrate` runs it', () => {
    const file = databaseWith('one-behind', [['20261123_113714_initial', 1]]);
    expect(everyMigrationApplied(file, migrations)).toBe(false);
  });

  it('is false for a new database, with no file or no migrations table', () => {
    expect(everyMigrationApplied(path.join(folder, 'absent.db'), migrations)).toBe(false);
    expect(everyMigrationApplied(databaseWith('empty'), migrations)).toBe(false);
  });

  it('is false for what SQLite cannot open or read, so that `payload migrate` says what is wrong', () => {
    const notSqlite = path.join(folder, 'not-sqlite.db');
    writeFileSync(notSqlite, 'not a database');
    expect(everyMigrationApplied(notSqlite, migrations)).toBe(false);
    const folderNamedLikeADatabase = path.join(folder, 'folder.db');
    mkdirSync(folderNamedLikeADatabase);
    expect(everyMigrationApplied(folderNamedLikeADatabase, migrations)).toBe(false);
  });

  it('is false when the schema was pushed in development, so that Payload says so', () => {
    const file = databaseWith('pushed', [
      ['dev', -1],
      ['20261123_113714_initial', 1],
      ['20261205_120023_shards', 1],
    ]);
    expect(everyMigrationApplied(file, migrations)).toBe(false);
  });
});
