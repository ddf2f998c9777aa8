import type { Page, Request } from '@playwright/test';

/** The admin's form-state server action, which Payload sends after each change to the form (a row added, a field typed in). */
export function isFormStateRequest(request: Request): boolean {
  return (
    request.method() === 'POST' && request.headers()['next-action'] !== undefined && (request.postData() ?? '').includes('"form-state"')
  );
}

/**
 * Whether the page's form state has been settled for `milliseconds`: no form-state request on its way, and none
 * answered in that time (the admin renders what an answer brings a moment after it, a row added, say). While it is
 * not, the admin may ignore a click on "Add" or answer it late, and a test cannot tell which by waiting alone.
 * Counts the requests sent from the call on.
 */
export function formStateSettled(page: Page): (milliseconds: number) => boolean {
  const pending = new Set<Request>();
  let lastAnsweredAt = 0;
  page.on('request', (request) => {
    if (isFormStateRequest(request)) pending.add(request);
  });
  const settled = (request: Request) => {
    if (pending.delete(request)) lastAnsweredAt = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return (milliseconds) => pending.size === 0 && Date.now() - lastAnsweredAt >= milliseconds;
}
