/**
 * Collections whose public reads are cached, and whose changes therefore start a new content generation. The
 * public cannot read the ones left out: their changes (sign-ins, a build's progress, readers' reports, Payload's
 * own bookkeeping) would empty the cache for nothing.
 */
const neverReadByThePublic = new Set(['users', 'reports', 'site-builds']);

export function isCachedCollection(slug: string): boolean {
  return !neverReadByThePublic.has(slug) && !slug.startsWith('payload-');
}
