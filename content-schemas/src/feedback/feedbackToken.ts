import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ReportedCollection } from './reports.ts';

/**
 * The "report wrong information" form's time token, instead of a third-party captcha. The site signs it when it
 * builds a page (static pages have no server to ask), with a secret only the site build and the CMS know; the CMS
 * checks it when a report arrives. It binds the report to the page it was built into, so a report cannot name a
 * page or document the site does not have (the cap per page per day counts real pages), and it carries when it was
 * issued: a form sent moments after the page was made is a script's, one built too long ago is refused.
 */
export interface FeedbackTarget {
  collection: ReportedCollection;
  /** The document's id in the CMS, as the snapshot has it. */
  documentId: string;
  /** The page's language. */
  lang: string;
  /** The page's path on the site (`/es/honduras/guides/permiso/`). */
  page: string;
}

export const feedbackTokenWindow = {
  /** No reader finds, reads and fills in the form within this of the page being built or served. */
  tooFastSeconds: 3,
  /**
   * Pages nobody changed (a whole shard, or one document's page within a rebuilt shard) are reused from release to
   * release, so a token can be as old as the last change of what its page shows; a full rebuild ("Rebuild now" in the
   * CMS) issues new ones.
   */
  tooOldSeconds: 400 * 24 * 60 * 60,
} as const;

function signature(secret: string, target: FeedbackTarget, issuedAt: number): Buffer {
  const message = ['v1', issuedAt, target.collection, target.documentId, target.lang, target.page].join('\n');
  return createHmac('sha256', secret).update(message).digest();
}

export function signFeedbackToken(secret: string, target: FeedbackTarget, issuedAt: Date): string {
  const seconds = Math.floor(issuedAt.getTime() / 1000);
  return `${seconds}.${signature(secret, target, seconds).toString('base64url')}`;
}

export type FeedbackTokenProblem = 'malformed' | 'forged' | 'too-fast' | 'too-old';

/** Why a token is refused, or undefined when it is good for this target now. */
export function feedbackTokenProblem(
  secret: string,
  token: string,
  target: FeedbackTarget,
  now: Date,
  window: { tooFastSeconds: number; tooOldSeconds: number } = feedbackTokenWindow,
): FeedbackTokenProblem | undefined {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return 'malformed';
  const issuedAt = Number(match[1]);
  const given = Buffer.from(match[2] ?? '', 'base64url');
  const expected = signature(secret, target, issuedAt);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  const age = now.getTime() / 1000 - issuedAt;
  if (age < window.tooFastSeconds) return 'too-fast';
  if (age > window.tooOldSeconds) return 'too-old';
  return undefined;
}
