import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePayloadSecret } from './payloadSecret.ts';

describe('PAYLOAD_SECRET', () => {
  let directory: string;
  let secretFile: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'infohub-secret-'));
    secretFile = path.join(directory, 'data', '.secret');
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('uses the variable when it is set', () => {
    expect(resolvePayloadSecret({ configured: ' from-env ', secretFile, production: true, sharedDatabase: true })).toBe('from-env');
  });

  it('otherwise makes a random secret once, readable only by its owner, and keeps it', async () => {
    const first = resolvePayloadSecret({ configured: undefined, secretFile, production: true, sharedDatabase: false });
    const second = resolvePayloadSecret({ configured: '', secretFile, production: false, sharedDatabase: false });
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(second).toBe(first);
    expect((await readFile(secretFile, 'utf8')).trim()).toBe(first);
    expect((await stat(secretFile)).mode & 0o777).toBe(0o600);
  });

  it('requires the variable in production with MongoDB, where servers share the database but not files', () => {
    expect(() => resolvePayloadSecret({ configured: undefined, secretFile, production: true, sharedDatabase: true })).toThrow(
      /PAYLOAD_SECRET is not set/,
    );
  });
});
