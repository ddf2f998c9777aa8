import path from 'node:path';
import { cmsRoot, dataDir } from '../paths.ts';

export type DatabaseSettings =
  | { kind: 'sqlite' /** libsql client URL */; url: string; filePath: string }
  | { kind: 'mongodb'; url: string };

export const defaultSqliteFile = path.join(dataDir, 'infohub.db');

/**
 * Reads DATABASE_URL: unset means the SQLite file in cms/data, `file:` another SQLite file (a relative path is
 * taken from the cms folder, so every command finds the same file), `mongodb://` or `mongodb+srv://` MongoDB.
 */
export function parseDatabaseUrl(value: string | undefined): DatabaseSettings {
  const url = value?.trim();
  if (!url) return sqliteAt(defaultSqliteFile);
  if (url.startsWith('file:')) {
    const location = decodeURIComponent(url.slice('file:'.length).split('?')[0] ?? '').replace(/^\/\/(?=\/)/, '');
    if (!location) throw new Error('DATABASE_URL "file:" names no file: write file:/path/to/infohub.db');
    return sqliteAt(path.resolve(cmsRoot, location));
  }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url };
  // Only the scheme is repeated: the rest of a database URL may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? 'a value without a scheme';
  throw new Error(
    `DATABASE_URL starts with ${scheme}, which infohub cannot use. Leave it unset for cms/data/infohub.db, or use ` +
      'file:/path/to/infohub.db (SQLite) or mongodb://… / mongodb+srv://… (MongoDB).',
  );
}

function sqliteAt(filePath: string): DatabaseSettings {
  return { kind: 'sqlite', url: `file:${filePath}`, filePath };
}
