import type { Page, Request } from '@playwright/test';

/** The admin's form-state server action, which Payload sends after each change to the form (a row added, a field typed in). */
export function isFormStateRequest(request: Request): boolean {
  return (
    request.method() === 'POST' && request.headers()['next-action'] !== undefined && (request.postData() ?? '').includes('"form-state"')
  );
}

/**
 * How many form-state requests the page has sent and not had answered, from now on: while one is, the admin may
 * ignore a click on "Add", or answer it late, and a test cannot tell which by waiting alone.
 */
export function formStateRequestsInFlight(page: Page): () => number {
  const pending = new Set<Request>();
  page.on('request', (request) => {
    if (isFormStateRequest(request)) pending.add(request);
  });
  const settled = (request: Request) => pending.delete(request);
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return () => pending.size;
}
