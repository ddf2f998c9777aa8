import { type CollectionBeforeOperationHook, ValidationError } from 'payload';
import { passwordProblem } from '../passwordRules.ts';

/**
 * Checks every new password before Payload hashes it: on creating an account (the first one too), on changing it,
 * and on resetting it with an e-mailed token, which runs no field validation or change hooks. Access control being off
 * (the seed) does not exempt a password: it is the demo admin's login. The reason is in the request's language.
 */
export const requireStrongPassword: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args;
  // The operations named above all take the new password in `data`; an update by id names the account in `id`.
  const { data, id } = args as { data?: { password?: unknown; email?: unknown; name?: unknown; token?: unknown }; id?: number | string };
  if (typeof data?.password !== 'string') return args;

  let account: { email?: string | null; name?: string | null } = {};
  if (operation === 'update' && id !== undefined) {
    account = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req });
  } else if (operation === 'resetPassword' && typeof data.token === 'string') {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { resetPasswordToken: { equals: data.token } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    });
    account = docs[0] ?? {};
  }
  const problem = passwordProblem(
    data.password,
    { email: typeof data.email === 'string' ? data.email : account.email, name: typeof data.name === 'string' ? data.name : account.name },
    req.i18n?.language,
  );
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] });
  return args;
};
