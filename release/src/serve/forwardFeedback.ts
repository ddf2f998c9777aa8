import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { reportLimits } from '@infohub/content-schemas';

/** Headers of the CMS's answer the reader's browser needs: where to go next, what the text is, when to retry. */
const answerHeaders = ['content-type', 'location', 'retry-after'];

/**
 * Passes the site's "report wrong information" form (`POST /feedback`) on to the CMS, so the page posts to its own
 * origin only. Like a reverse proxy (nginx `$proxy_add_x_forwarded_for`), it appends the address it was reached
 * from to X-Forwarded-For, which the CMS's per-address limit counts; it forwards nothing else about the reader (no
 * cookies: the site sets none). The CMS answers with a redirect to the thank-you page or a short refusal, both passed
 * back as they are.
 */
export function forwardFeedback(incoming: IncomingMessage, outgoing: ServerResponse, cmsEndpoint: URL): void {
  const refuse = (status: number, message: string) => {
    outgoing.statusCode = status;
    outgoing.setHeader('Content-Type', 'text/plain; charset=utf-8');
    outgoing.end(message);
  };
  if (Number(incoming.headers['content-length'] ?? 0) > reportLimits.bodyMaxBytes) {
    refuse(413, `The report is too long: at most ${reportLimits.textMaxChars} characters of text.`);
    incoming.resume();
    return;
  }
  const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ');
  const headers: Record<string, string> = { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http' };
  for (const name of ['content-type', 'content-length']) {
    const value = incoming.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const send = cmsEndpoint.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(cmsEndpoint, { method: 'POST', headers, timeout: 15_000 }, (answer) => {
    outgoing.statusCode = answer.statusCode ?? 502;
    for (const name of answerHeaders) {
      const value = answer.headers[name];
      if (value !== undefined) outgoing.setHeader(name, value);
    }
    answer.pipe(outgoing);
  });
  upstream.on('timeout', () => upstream.destroy(new Error('timed out')));
  upstream.on('error', () => {
    if (!outgoing.headersSent) refuse(502, 'The report could not be sent: the editors’ system did not answer. Try again later.');
    else outgoing.destroy();
  });
  incoming.pipe(upstream);
}
