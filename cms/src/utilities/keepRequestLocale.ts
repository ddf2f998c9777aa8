import type { PayloadRequest } from 'payload';

/**
 * Runs a nested Local API call that shares the request (and so its transaction) but reads in another language.
 * Payload sets `req.locale` on the request it is given, which would switch the save in progress to that language;
 * the request's languages are put back afterwards.
 */
export async function keepRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req;
  try {
    return await read();
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
}
