import { paths } from '@infohub/content-schemas';
import type { SiteEnv } from '~/env.ts';

/**
 * Where the report form is sent: the site's own `/feedback` (its server forwards it to the CMS, so the page talks to
 * no other host), or the CMS address configured for a static host that forwards nothing.
 */
export function reportFormAction(env: Pick<SiteEnv, 'feedbackUrl'>): string {
  return env.feedbackUrl?.href ?? paths.feedback();
}

/**
 * The pages' CSP `form-action`: the site itself (search and the CMS's redirect back to the thank-you page) and,
 * when the form goes straight to the CMS, exactly that address, not the whole CMS host.
 */
export function formActionSources(env: Pick<SiteEnv, 'feedbackUrl'>): string {
  return ["'self'", ...(env.feedbackUrl ? [env.feedbackUrl.href] : [])].join(' ');
}
