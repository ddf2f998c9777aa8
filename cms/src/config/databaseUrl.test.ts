import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsRoot } from '../paths.ts';
import { defaultSqliteFile, parseDatabaseUrl } from './databaseUrl.ts';
import { demoAdminLoginFile } from './demoAdminLoginFile.ts';

describe('DATABASE_URL', () => {
  it('defaults to the SQLite file in cms/data', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', url: `file:${defaultSqliteFile}`, filePath: defaultSqliteFile });
    expect(parseDatabaseUrl('  ')).toMatchObject({ filePath: path.join(cmsRoot, 'data', 'infohub.db') });
  });

  it('reads file: URLs, absolute or relative to the cms folder', () => {
    expect(parseDatabaseUrl('file:/srv/infohub/content.db')).toMatchObject({ kind: 'sqlite', filePath: '/srv/infohub/content.db' });
    expect(parseDatabaseUrl('file:///srv/infohub/content.db')).toMatchObject({ filePath: '/srv/infohub/content.db' });
    expect(parseDatabaseUrl('file:./data/other.db')).toMatchObject({ filePath: path.join(cmsRoot, 'data', 'other.db') });
  });

  it('recognises MongoDB', () => {
    expect(parseDatabaseUrl('mongodb://db.internal:27017/infohub')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://db.internal:27017/infohub',
    });
    expect(parseDatabaseUrl('mongodb+srv://user:secret@cluster.example/infohub')).toMatchObject({ kind: 'mongodb' });
  });

  it('refuses anything else without repeating a password', () => {
    expect(() => parseDatabaseUrl('postgres://user:hunter2@db/infohub')).toThrow(/starts with postgres:, which infohub cannot use/);
    expect(() => parseDatabaseUrl('postgres://user:hunter2@db/infohub')).not.toThrow(/hunter2/);
    expect(() => parseDatabaseUrl('file:')).toThrow(/names no file/);
  });
});

describe("the demo admin's login file", () => {
  it('is cms/data/demo-admin.json for the default database and for MongoDB, beside any other SQLite file', () => {
    expect(demoAdminLoginFile(parseDatabaseUrl(undefined))).toBe(path.join(cmsRoot, 'data', 'demo-admin.json'));
    expect(demoAdminLoginFile(parseDatabaseUrl('mongodb://db.internal:27017/infohub'))).toBe(path.join(cmsRoot, 'data', 'demo-admin.json'));
    expect(demoAdminLoginFile(parseDatabaseUrl('file:/tmp/scratch/test.db'))).toBe('/tmp/scratch/demo-admin.json');
  });
});
