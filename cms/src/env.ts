import path from 'node:path';
import { type DatabaseSettings, parseDatabaseUrl } from './config/databaseUrl.ts';
import { demoAdminLoginFile } from './config/demoAdminLoginFile.ts';
import { resolvePayloadSecret } from './config/payloadSecret.ts';
import { siteRebuildsOn } from './config/siteRebuildsSetting.ts';
import { dataDir, defaultMediaDir } from './paths.ts';

/** Every setting the CMS reads from the environment, read and checked here only. */
export interface Env {
  production: boolean;
  database: DatabaseSettings;
  /** Create tables straight from the collections instead of from committed migrations: tests and scratch databases. */
  pushSchema: boolean;
  payloadSecret: string;
  /** Where uploads are stored. */
  mediaDir: string;
  /** Password for the demo admin when the seed creates it; unset, the seed generates one (see `demoAdminLoginFile`). */
  demoPassword: string | undefined;
  /** Where the seed records the demo admin's generated login (`cms/data/demo-admin.json` for the default database). */
  demoAdminLoginFile: string;
  /** Whether the session cookie is sent over HTTPS only: in production unless INFOHUB_SECURE_COOKIES=false. */
  secureCookies: boolean;
  /** Rebuild the public site after publishing (`INFOHUB_SITE_REBUILDS=off` turns it off, e.g. while seeding before a first build). */
  siteRebuilds: boolean;
  /** How long a rebuild waits for more publishes before it starts, so that a burst of them makes one build. */
  rebuildDelaySeconds: number;
  /** A rebuild running longer than this is stopped and recorded as failed. */
  rebuildTimeoutSeconds: number;
  /**
   * Checks the time tokens of the site's "report wrong information" form (`INFOHUB_FEEDBACK_SECRET`, the same value
   * the site is built with). Unset: reports are refused, as no token could be checked.
   */
  feedbackSecret: string | undefined;
  /** The public site's address (`INFOHUB_SITE_URL`): where a reader is sent back to after a report. */
  siteUrl: string | undefined;
}

export function readEnv(variables: NodeJS.ProcessEnv = process.env): Env {
  const production = variables.NODE_ENV === 'production';
  const database = parseDatabaseUrl(variables.DATABASE_URL);
  const pushSchema = variables.INFOHUB_DB_PUSH === 'true';
  if (pushSchema && production) {
    throw new Error('INFOHUB_DB_PUSH=true is for tests and scratch databases: production applies committed migrations.');
  }
  return {
    production,
    database,
    pushSchema,
    payloadSecret: resolvePayloadSecret({
      configured: variables.PAYLOAD_SECRET,
      secretFile: path.join(dataDir, '.secret'),
      production,
      sharedDatabase: database.kind === 'mongodb',
    }),
    mediaDir: path.resolve(variables.INFOHUB_MEDIA_DIR?.trim() || defaultMediaDir),
    demoPassword: variables.INFOHUB_DEMO_PASSWORD?.trim() || undefined,
    demoAdminLoginFile: demoAdminLoginFile(database),
    secureCookies: readSecureCookies(variables.INFOHUB_SECURE_COOKIES, production),
    siteRebuilds: siteRebuildsOn(variables),
    rebuildDelaySeconds: secondsSetting(variables, 'INFOHUB_REBUILD_DELAY_SECONDS', 1),
    rebuildTimeoutSeconds: secondsSetting(variables, 'INFOHUB_REBUILD_TIMEOUT_SECONDS', 600),
    feedbackSecret: variables.INFOHUB_FEEDBACK_SECRET?.trim() || undefined,
    siteUrl: variables.INFOHUB_SITE_URL?.trim().replace(/\/+$/, '') || undefined,
  };
}

function readSecureCookies(value: string | undefined, production: boolean): boolean {
  if (value === undefined || value.trim() === '') return production;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`INFOHUB_SECURE_COOKIES must be true or false, not "${value}".`);
}

function secondsSetting(variables: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = variables[name]?.trim();
  if (!text) return fallback;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`${name} must be a number of seconds, such as ${fallback}.`);
  return seconds;
}

export const env = readEnv();
