import { existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { type DemoAdminOutcome, demoAdminEmail, describeDemoLogin, ensureDemoAdmin } from './demoAdmin.ts';

describe('the demo admin', () => {
  let test: TestPayload;
  let payload: Payload;
  let loginFile: string;
  let generated: DemoAdminOutcome;
  const ensure = (configuredPassword?: string) => ensureDemoAdmin(payload, { configuredPassword, loginFile });
  const signIn = (password: string) => payload.login({ collection: 'users', data: { email: demoAdminEmail, password } });
  const removeAdmin = () => payload.delete({ collection: 'users', where: { email: { equals: demoAdminEmail } } });

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    loginFile = path.join(test.directory, 'data', 'demo-admin.json');
    generated = await ensure();
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('gets a random password, recorded for its owner only, when INFOHUB_DEMO_PASSWORD is not set', async () => {
    if (generated.outcome !== 'created') throw new Error(`the demo admin was ${generated.outcome}, not created`);
    expect(generated.from).toBe('generated');
    const { password } = generated;
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(JSON.parse(await readFile(loginFile, 'utf8'))).toEqual({ email: 'admin@example.org', password });
    expect(statSync(loginFile).mode & 0o777).toBe(0o600);
    expect((await signIn(password)).user?.roles).toEqual(['admin']);
    expect(describeDemoLogin(generated, loginFile)).toContain(`as admin@example.org with the password ${password}`);
  });

  it('is kept by later seeds, which print the recorded password', async () => {
    const again = await ensure();
    expect(again).toEqual({ outcome: 'kept', password: generated.password });
    expect(describeDemoLogin(again, loginFile)).toContain(`with the password ${generated.password}`);
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1);
  });

  it('says the password was set earlier when the login file is gone', async () => {
    await rm(loginFile);
    const kept = await ensure();
    expect(kept).toEqual({ outcome: 'kept', password: undefined });
    expect(describeDemoLogin(kept, loginFile)).toMatch(/already exists: its password was set when it was first created/);
  });

  it('is created again with the recorded password when only the database was removed', async () => {
    await writeFile(loginFile, JSON.stringify({ email: demoAdminEmail, password: 'recorded earlier, long enough' }), { mode: 0o600 });
    await removeAdmin();
    expect(await ensure()).toEqual({ outcome: 'created', password: 'recorded earlier, long enough', from: 'file' });
    await signIn('recorded earlier, long enough');
  });

  it('takes INFOHUB_DEMO_PASSWORD when set, and removes a login file that would name another password', async () => {
    await removeAdmin();
    const created = await ensure('chosen by the operator');
    expect(created).toEqual({ outcome: 'created', password: 'chosen by the operator', from: 'INFOHUB_DEMO_PASSWORD' });
    expect(existsSync(loginFile)).toBe(false);
    expect(describeDemoLogin(created, loginFile)).not.toContain('chosen by the operator');
    await signIn('chosen by the operator');
  });

  it('stops on a login file it cannot read rather than guess', async () => {
    await writeFile(loginFile, 'not json');
    await expect(ensure()).rejects.toThrow(/is not a login/);
    await rm(loginFile);
  });
});
