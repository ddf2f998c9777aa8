import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How often one client (one network address) may call the API's public writes: signing in, and the account
 * recovery ones (forgotten password, reset, unlock, creating the first account). Payload's own lockout (5 wrong
 * passwords lock an account for 15 minutes) protects one account; these stop one client trying many accounts or
 * sending a flood of reset e-mails. A hub's office shares one address, so signing in stays generous.
 */
export const rateLimits = {
  signIn: { attempts: 20, perSeconds: 5 * 60 },
  accountRecovery: { attempts: 5, perSeconds: 15 * 60 },
  /** Reports of wrong information from the public site: a hub's office sharing one address may send a few. */
  readerReports: { attempts: 10, perSeconds: 60 * 60 },
} as const;

type LimitName = keyof typeof rateLimits;

// In memory, per CMS process: the CMS runs as one process (SQLite); several processes would each count apart.
const limiters: Record<LimitName, RateLimiterMemory> = {
  signIn: new RateLimiterMemory({ points: rateLimits.signIn.attempts, duration: rateLimits.signIn.perSeconds }),
  accountRecovery: new RateLimiterMemory({ points: rateLimits.accountRecovery.attempts, duration: rateLimits.accountRecovery.perSeconds }),
  readerReports: new RateLimiterMemory({ points: rateLimits.readerReports.attempts, duration: rateLimits.readerReports.perSeconds }),
};

const limitOf: Partial<Record<string, LimitName>> = {
  login: 'signIn',
  forgotPassword: 'accountRecovery',
  resetPassword: 'accountRecovery',
  unlock: 'accountRecovery',
};

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For. Next.js fills the header
 * with the connection's address when a request arrives without one; a reverse proxy in front (nginx
 * `$proxy_add_x_forwarded_for`, Caddy) appends the address it was reached from, which the client cannot forge.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || 'unknown';
}

/** Counts one request of the client against a limit; beyond it, a 429 with Retry-After. */
export async function consumeRateLimit(limit: LimitName, req: PayloadRequest): Promise<void> {
  try {
    await limiters[limit].consume(clientAddress(req.headers));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    req.responseHeaders = new Headers(req.responseHeaders);
    req.responseHeaders.set('Retry-After', String(seconds));
    const minutes = Math.ceil(seconds / 60);
    throw new APIError(
      `Too many attempts from this network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      429,
      undefined,
      true,
    );
  }
}

/**
 * Counts every public write on the accounts collection, over REST and GraphQL alike (both run these operations).
 * Creating an account without being signed in is only possible for the very first one.
 */
export const limitPublicAccountWrites: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const limit = operation === 'create' && !req.user ? 'accountRecovery' : limitOf[operation];
  if (limit && req.payloadAPI !== 'local') await consumeRateLimit(limit, req);
  return args;
};
