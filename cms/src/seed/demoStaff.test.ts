import { statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { type DemoStaffOutcome, demoStaff, describeDemoStaff, ensureDemoStaff } from './demoStaff.ts';

describe('the demo accounts for each role', () => {
  let test: TestPayload;
  let payload: Payload;
  let loginFile: string;
  let countryIds: Map<string, number>;
  let first: DemoStaffOutcome[];
  const ensure = () => ensureDemoStaff(payload, { loginFile, countryIds });

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    loginFile = path.join(test.directory, 'data', 'demo-users.json');
    // The first account becomes an admin: the demo admin comes first, as in the seed.
    await payload.create({ collection: 'users', data: { email: 'admin@example.org', password: 'a long test password', roles: ['admin'] } });
    countryIds = new Map();
    // The demo content's countries, Costa Rica aside: no demo account works on it.
    for (const [code, slug, name] of [
      ['HN', 'honduras', 'Honduras'],
      ['GT', 'guatemala', 'Guatemala'],
      ['DO', 'republica-dominicana', 'República Dominicana'],
    ] as const) {
      const country = await payload.create({ collection: 'countries', locale: 'es', data: { code, slug, name, locales: ['es'] } });
      countryIds.set(code, country.id);
    }
    first = await ensure();
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('creates one account per role with a random password, recorded for its owner only, that signs in', async () => {
    expect(first.map((account) => [account.email, account.outcome])).toEqual(demoStaff.map((account) => [account.email, 'created']));
    const recorded = JSON.parse(await readFile(loginFile, 'utf8')) as { email: string; password: string }[];
    expect(statSync(loginFile).mode & 0o777).toBe(0o600);
    for (const account of first) {
      if (account.outcome !== 'created') throw new Error(`${account.email} was ${account.outcome}`);
      expect(account.password).toMatch(/^[\w-]{24}$/);
      expect(recorded).toContainEqual({ email: account.email, password: account.password });
      const { user } = await payload.login({ collection: 'users', data: { email: account.email, password: account.password } });
      expect(user?.roles).toEqual(account.roles);
    }
  });

  it("assigns the countries the demo content has, and the translator's language", async () => {
    const translator = (await payload.find({ collection: 'users', where: { email: { equals: 'traductor.ht@example.org' } }, depth: 0 }))
      .docs[0];
    // Mexico is not in this content: the Dominican Republic only.
    expect(translator).toMatchObject({ roles: ['translator'], countries: [countryIds.get('DO')], locales: ['ht'] });
  });

  it('keeps the accounts on a second run and prints the recorded passwords', async () => {
    const again = await ensure();
    expect(again.map((account) => account.outcome)).toEqual(['kept', 'kept', 'kept']);
    const printed = describeDemoStaff(again, loginFile);
    for (const account of first) expect(printed).toContain(`${account.email}`);
    expect(printed).toContain((first[0] as { password: string }).password);
    expect(printed).toContain('translator; DO MX; into ht');
  });

  it('creates an account again with its recorded password when only the database lost it', async () => {
    const editor = first[0] as DemoStaffOutcome & { password: string };
    await payload.delete({ collection: 'users', where: { email: { equals: editor.email } } });
    const again = await ensure();
    expect(again[0]).toMatchObject({ outcome: 'created', password: editor.password });
  });

  it('skips an account none of whose countries are in the content', async () => {
    await rm(loginFile);
    const outcomes = await ensureDemoStaff(payload, { loginFile, countryIds: new Map([['CR', 1]]) });
    expect(outcomes.map((account) => account.outcome)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(describeDemoStaff(outcomes, loginFile)).toBe('');
  });
});
