import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { paths } from '@infohub/content-schemas';
import sirv from 'sirv';
import { forwardFeedback } from './forwardFeedback.ts';
import { securityHeaders } from './securityHeaders.ts';

type Handler = ReturnType<typeof sirv>;

export interface ServeSiteOptions {
  /** The CMS's report endpoint (`…/api/reports/feedback`), where `POST /feedback` is forwarded; unset, it is a 404. */
  feedbackTo?: URL;
}

/**
 * Serves a built site the way a static host would: real files, the site's own 404 page with a 404 status, and
 * nothing else but the report form's forwarding, every response with the site's security headers. The folder is
 * resolved on every request, so switching the `current` release link takes effect at once without restarting.
 */
export function serveSite(siteLink: string, port: number, host = '127.0.0.1', { feedbackTo }: ServeSiteOptions = {}): Promise<Server> {
  const handlers = new Map<string, Handler>();
  const handlerFor = (root: string): Handler => {
    let handler = handlers.get(root);
    if (!handler) {
      const notFound = join(root, '404.html');
      handler = sirv(root, {
        etag: true,
        extensions: ['html'],
        onNoMatch: (_request, response) => {
          response.statusCode = 404;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
        },
      });
      handlers.set(root, handler);
    }
    return handler;
  };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (feedbackTo && request.method === 'POST' && request.url === paths.feedback()) {
      forwardFeedback(request, response, feedbackTo);
      return;
    }
    let root: string;
    try {
      root = realpathSync(siteLink);
    } catch {
      // No site built yet.
      response.statusCode = 503;
      response.setHeader('Retry-After', '10');
      response.end('The site is being built. Try again in a moment.');
      return;
    }
    handlerFor(root)(request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
