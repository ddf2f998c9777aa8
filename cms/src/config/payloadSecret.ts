import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * PAYLOAD_SECRET signs login sessions. When it is not set, a random secret is made once and kept in a file beside
 * the SQLite database, readable only by its owner: the first start on a new machine then just works, sessions
 * survive restarts, and no well-known default secret exists anywhere. Servers sharing one MongoDB cannot share
 * that file, so there the variable is required in production.
 */
export function resolvePayloadSecret(options: {
  configured: string | undefined;
  secretFile: string;
  production: boolean;
  sharedDatabase: boolean;
}): string {
  const configured = options.configured?.trim();
  if (configured) return configured;
  if (options.production && options.sharedDatabase) {
    throw new Error('PAYLOAD_SECRET is not set. With MongoDB in production every server must use the same secret: set it.');
  }
  return readOrCreateSecret(options.secretFile);
}

function readOrCreateSecret(secretFile: string): string {
  try {
    const stored = readFileSync(secretFile, 'utf8').trim();
    if (stored) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // Written aside then linked into place: a process starting at the same moment (a build worker) sees either no
  // file or a complete one, and if it linked first, its secret wins.
  const pending = `${secretFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(pending, `${secret}\n`, { mode: 0o600 });
  try {
    linkSync(pending, secretFile);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(secretFile, 'utf8').trim();
  } finally {
    rmSync(pending, { force: true });
  }
}
