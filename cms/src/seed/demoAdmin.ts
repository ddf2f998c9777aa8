import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { isRecord } from '../utilities/isRecord.ts';
import { readLoginFile, writeLoginFile } from './loginFile.ts';

/** The account the demo seed creates, so that a first visitor can sign in. */
export const demoAdminEmail = 'admin@example.org';

/**
 * The demo admin's login as the seed made it, in `cms/data/demo-admin.json` (mode 600, beside the generated
 * secret): `{ "email": "admin@example.org", "password": "…" }`. The root `pnpm start` reads it to print the login.
 */
export interface DemoAdminLogin {
  email: string;
  password: string;
}

/** What the seed did about the demo admin, and the password to print when it knows it. */
export type DemoAdminOutcome =
  | { outcome: 'created'; password: string; from: 'generated' | 'file' | 'INFOHUB_DEMO_PASSWORD' }
  | { outcome: 'kept'; password: string | undefined };

/**
 * Makes sure the demo admin exists. Its password is INFOHUB_DEMO_PASSWORD if set; otherwise the one recorded in
 * the login file by an earlier seed (whose database was since removed); otherwise a random one, recorded in the
 * login file before the account is created, so that it is never lost. No password is known in advance to anyone.
 * An existing account is kept as it is: its password is printed only if the login file has it.
 */
export async function ensureDemoAdmin(
  payload: Payload,
  { configuredPassword, loginFile }: { configuredPassword: string | undefined; loginFile: string },
): Promise<DemoAdminOutcome> {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: demoAdminEmail } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const recorded = readDemoAdminLogin(loginFile);
  if (existing.docs.length > 0) return { outcome: 'kept', password: recorded?.password };

  let created: DemoAdminOutcome;
  if (configuredPassword) {
    // The file would name another password than the account's: it goes.
    rmSync(loginFile, { force: true });
    created = { outcome: 'created', password: configuredPassword, from: 'INFOHUB_DEMO_PASSWORD' };
  } else if (recorded) {
    created = { outcome: 'created', password: recorded.password, from: 'file' };
  } else {
    const password = randomBytes(18).toString('base64url');
    writeLoginFile(loginFile, { email: demoAdminEmail, password });
    created = { outcome: 'created', password, from: 'generated' };
  }
  await payload.create({
    collection: 'users',
    data: { email: demoAdminEmail, password: created.password, name: 'Demo admin', roles: ['admin'] },
    depth: 0,
    overrideAccess: true,
  });
  return created;
}

/** What the seed prints about signing in. */
export function describeDemoLogin(admin: DemoAdminOutcome, loginFile: string): string {
  // Named from where pnpm was run (cms/data/demo-admin.json from the workspace root), or in full if outside it.
  const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), loginFile);
  const file = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : loginFile;
  if (admin.outcome === 'created' && admin.from === 'INFOHUB_DEMO_PASSWORD') {
    return `Sign in at /admin as ${demoAdminEmail} with the password set in INFOHUB_DEMO_PASSWORD.`;
  }
  if (admin.outcome === 'created') {
    const origin = admin.from === 'generated' ? `generated now and kept in ${file}` : `from ${file}`;
    return `Sign in at /admin as ${demoAdminEmail} with the password ${admin.password}\n(${origin}, readable only by you).`;
  }
  if (admin.password !== undefined) {
    return (
      `Sign in at /admin as ${demoAdminEmail} with the password ${admin.password}\n` +
      `(as recorded in ${file} when the account was created; if it was changed in the admin since, use the new one).`
    );
  }
  return (
    `${demoAdminEmail} already exists: its password was set when it was first created and is not recorded in ${file}.\n` +
    'Sign in with it, or have another admin set a new one under Users.'
  );
}

/** The recorded login, or undefined if there is none; a file that is not a login stops the seed. */
export function readDemoAdminLogin(loginFile: string): DemoAdminLogin | undefined {
  const login = readLoginFile(loginFile);
  if (login === undefined) return undefined;
  if (!isRecord(login) || typeof login.email !== 'string' || typeof login.password !== 'string' || login.password === '') {
    throw new Error(`${loginFile} is not a login ({ "email": "…", "password": "…" }): delete it to have the seed write a new one.`);
  }
  return { email: login.email, password: login.password };
}
