import type { BrowserContext, Page } from '@playwright/test';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/**
 * Collects everything the browser reports as refused by the Content-Security-Policy: the page's
 * `securitypolicyviolation` events (read with `pageViolations`) and the console of the context and its workers
 * (the returned list, filled as they report).
 */
export async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const reported: string[] = [];
  const fromConsole = (text: string) => {
    if (/content security policy/i.test(text)) reported.push(text);
  };
  context.on('console', (message) => fromConsole(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => fromConsole(message.text())));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(
        `${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return reported;
}

/** The violations the page now open has reported since it loaded. */
export function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations);
}
