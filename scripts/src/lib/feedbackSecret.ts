import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { varDir } from './workspace.ts';

const secretFile = `${varDir}/feedback-secret`;

/**
 * The secret the site signs its report forms with and the CMS checks them with: `INFOHUB_FEEDBACK_SECRET` when set,
 * otherwise one made once on this machine (`var/feedback-secret`, mode 600) and put in this process's environment,
 * which the site builds and the CMS started from here inherit, so reports work locally without setup.
 */
export function provideFeedbackSecret(): void {
  if (process.env.INFOHUB_FEEDBACK_SECRET?.trim()) return;
  if (!existsSync(secretFile)) {
    mkdirSync(varDir, { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  process.env.INFOHUB_FEEDBACK_SECRET = readFileSync(secretFile, 'utf8').trim();
}
