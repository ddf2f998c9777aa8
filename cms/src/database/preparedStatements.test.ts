import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// The SQLite adapter's client keeps prepared statements and runs them again (patches/@libsql__client@0.14.0.patch).
// These cases check that a statement used again answers as one prepared afresh would.

interface Rows {
  columns: string[];
  rows: Record<string, unknown>[];
}
interface SqlClient {
  execute(statement: string | { sql: string; args: unknown[] }): Promise<Rows>;
  transaction(mode: 'write'): Promise<{ execute: SqlClient['execute']; commit(): Promise<void>; close(): void }>;
}

describe('statements the SQLite client prepares once and runs again', () => {
  let test: TestPayload;
  let client: SqlClient;
  const names = async () => (await client.execute('SELECT name FROM scratch ORDER BY id')).rows.map((row) => row.name);

  beforeAll(async () => {
    test = await startTestPayload();
    client = (test.payload.db as unknown as { client: SqlClient }).client;
    await client.execute('CREATE TABLE scratch (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('answers each run with its own arguments', async () => {
    const insert = 'INSERT INTO scratch (name) VALUES (?)';
    for (const name of ['Tegucigalpa', 'San Pedro Sula', 'La Ceiba']) await client.execute({ sql: insert, args: [name] });
    const byName = 'SELECT id FROM scratch WHERE name = ?';
    const first = await client.execute({ sql: byName, args: ['Tegucigalpa'] });
    const third = await client.execute({ sql: byName, args: ['La Ceiba'] });
    const none = await client.execute({ sql: byName, args: ['Choluteca'] });
    expect([first.rows.length, third.rows.length, none.rows.length]).toEqual([1, 1, 0]);
    expect(first.rows[0]?.id).not.toEqual(third.rows[0]?.id);
  });

  it('runs again after a run that failed', async () => {
    const insert = { sql: 'INSERT INTO scratch (name) VALUES (?)', args: ['Tegucigalpa'] };
    await expect(client.execute(insert)).rejects.toThrow(/UNIQUE/);
    await client.execute({ ...insert, args: ['Comayagua'] });
    expect(await names()).toContain('Comayagua');
  });

  it('sees a column added after it was first prepared', async () => {
    const everything = 'SELECT * FROM scratch ORDER BY id';
    expect((await client.execute(everything)).columns).toEqual(['id', 'name']);
    await client.execute("ALTER TABLE scratch ADD COLUMN country TEXT NOT NULL DEFAULT 'HN'");
    const after = await client.execute(everything);
    expect(after.columns).toEqual(['id', 'name', 'country']);
    expect(after.rows[0]?.country).toBe('HN');
  });

  it('gives a transaction its own statements, and its writes to the next read once committed', async () => {
    const before = await names();
    const transaction = await client.transaction('write');
    await transaction.execute({ sql: 'INSERT INTO scratch (name) VALUES (?)', args: ['Danlí'] });
    const inside = (await transaction.execute('SELECT name FROM scratch ORDER BY id')).rows.map((row) => row.name);
    await transaction.commit();
    transaction.close();
    expect(inside).toEqual([...before, 'Danlí']);
    expect(await names()).toEqual([...before, 'Danlí']);
  });
});
