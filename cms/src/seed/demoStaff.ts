import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Payload } from 'payload';
import type { UserRole } from '../access/roles.ts';
import type { User } from '../payload-types.ts';
import { isRecord } from '../utilities/isRecord.ts';
import { readLoginFile, writeLoginFile } from './loginFile.ts';

export interface DemoStaffAccount {
  email: string;
  name: string;
  /** What readers are told confirmed a document when this account marks it reviewed. */
  organization: string;
  roles: UserRole[];
  /** Country codes; only those the demo content has are assigned. */
  countries: string[];
  locales?: NonNullable<User['locales']>;
}

/** One account per role besides the admin, so that a visitor can try what each may do. */
export const demoStaff: DemoStaffAccount[] = [
  {
    email: 'editora.honduras@example.org',
    name: 'Editora de Honduras (demo)',
    organization: 'Centro de información de ejemplo, Honduras',
    roles: ['country-editor'],
    countries: ['HN'],
  },
  {
    // Haitian migrants mostly live in, or travel through, the Dominican Republic and Mexico.
    email: 'traductor.ht@example.org',
    name: 'Tradiktè kreyòl (demo)',
    organization: 'Servicio de traducción de ejemplo',
    roles: ['translator'],
    countries: ['DO', 'MX'],
    locales: ['ht'],
  },
  {
    email: 'revisora@example.org',
    name: 'Revisora de Guatemala y Honduras (demo)',
    organization: 'Red de centros de información de ejemplo',
    roles: ['reviewer'],
    countries: ['GT', 'HN'],
  },
];

export type DemoStaffOutcome = DemoStaffAccount & { countryIds: (number | string)[] } & (
    | { outcome: 'created'; password: string }
    | { outcome: 'kept'; password: string | undefined }
    | { outcome: 'skipped' }
  );

/**
 * Makes sure each demo staff account exists, with the countries of the demo content it names (an account none of
 * whose countries are in the content is skipped). As for the demo admin, no password is known in advance: a random
 * one is recorded in the login file (`demo-users.json` beside `demo-admin.json`, mode 600) before the account is
 * created, and reused if only the database was removed. Existing accounts are kept as they are.
 */
export async function ensureDemoStaff(
  payload: Payload,
  {
    loginFile,
    countryIds,
    accounts = demoStaff,
  }: { loginFile: string; countryIds: ReadonlyMap<string, number | string>; accounts?: DemoStaffAccount[] },
): Promise<DemoStaffOutcome[]> {
  const recorded = readDemoStaffLogins(loginFile);
  const outcomes: DemoStaffOutcome[] = [];
  for (const account of accounts) {
    const ids = account.countries.map((code) => countryIds.get(code)).filter((id) => id !== undefined);
    if (ids.length === 0) {
      outcomes.push({ ...account, countryIds: ids, outcome: 'skipped' });
      continue;
    }
    const existing = await payload.count({ collection: 'users', where: { email: { equals: account.email } }, overrideAccess: true });
    if (existing.totalDocs > 0) {
      outcomes.push({ ...account, countryIds: ids, outcome: 'kept', password: recorded.get(account.email) });
      continue;
    }
    let password = recorded.get(account.email);
    if (password === undefined) {
      password = randomBytes(18).toString('base64url');
      recorded.set(account.email, password);
      writeLoginFile(
        loginFile,
        [...recorded].map(([email, recordedPassword]) => ({ email, password: recordedPassword })),
      );
    }
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password,
        name: account.name,
        organization: account.organization,
        roles: account.roles,
        countries: ids as number[],
        locales: account.locales ?? [],
      },
      depth: 0,
      overrideAccess: true,
    });
    outcomes.push({ ...account, countryIds: ids, outcome: 'created', password });
  }
  return outcomes;
}

/** What the seed prints: each account, what it may do, and its password where the seed knows it. */
export function describeDemoStaff(outcomes: DemoStaffOutcome[], loginFile: string): string {
  const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), loginFile);
  const file = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : loginFile;
  const lines = outcomes
    .filter((account) => account.outcome !== 'skipped')
    .map((account) => {
      const scope = [
        account.roles.join(', '),
        account.countries.join(' '),
        ...(account.locales?.length ? [`into ${account.locales.join(', ')}`] : []),
      ].join('; ');
      const password =
        'password' in account && account.password !== undefined ? account.password : '(set when it was created; not recorded)';
      return `  ${account.email.padEnd(30)} ${password.padEnd(26)} ${scope}`;
    });
  if (lines.length === 0) return '';
  return `Demo accounts for each role (passwords kept in ${file}, readable only by you):\n${lines.join('\n')}`;
}

function readDemoStaffLogins(loginFile: string): Map<string, string> {
  const logins = readLoginFile(loginFile);
  if (logins === undefined) return new Map();
  const valid =
    Array.isArray(logins) &&
    logins.every((login) => isRecord(login) && typeof login.email === 'string' && typeof login.password === 'string');
  if (!valid)
    throw new Error(
      `${loginFile} is not a list of logins ([{ "email": "…", "password": "…" }]): delete it to have the seed write a new one.`,
    );
  return new Map((logins as { email: string; password: string }[]).map(({ email, password }) => [email, password]));
}
