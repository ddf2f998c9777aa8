import type { AccessArgs } from 'payload';

/** A plain boolean (never a query), so it also serves where Payload accepts only yes or no, like admin access. */
export const authenticated = ({ req: { user } }: AccessArgs): boolean => Boolean(user);
