import { APIError, type CollectionBeforeOperationHook, type Field, type FilterOptionsProps, type Where } from 'payload';
import { hasAdminRole } from '../../access/isAdmin.ts';
import { assignedCountryIds, inAssignedCountries, worksInCountry } from '../../access/staffRoles.ts';
import { countryScopeStrings } from './strings.ts';

/** The country picker offers the countries the user works on; admins see every country. */
export const ownCountriesOnly = ({ req: { user } }: Pick<FilterOptionsProps, 'req'>): boolean | Where => {
  if (!user || hasAdminRole(user)) return true;
  return inAssignedCountries(user, 'id');
};

/** The collection's fields with the `country` picker narrowed to the user's countries. */
export function withOwnCountriesPicker(fields: Field[]): Field[] {
  return fields.map((field) =>
    field.type === 'relationship' && field.name === 'country' ? { ...field, filterOptions: ownCountriesOnly } : field,
  );
}

/**
 * A save that puts a document in a country the user does not work on is refused by access control with Payload's
 * "You are not allowed to perform this action"; this says why first ("You edit Honduras only"), in the admin's
 * language. Runs before access, which still decides.
 */
export const refuseOtherCountries: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || (operation !== 'create' && operation !== 'update') || !req.user || hasAdminRole(req.user)) return args;
  const country = (args.data as Record<string, unknown> | undefined)?.country;
  if (country === undefined || country === null || country === '' || worksInCountry(req.user, country)) return args;
  const text = countryScopeStrings(req.i18n?.language);
  const ids = assignedCountryIds(req.user);
  if (ids.length === 0) throw new APIError(text.noCountries, 403, undefined, true);
  const { docs } = await req.payload.find({
    collection: 'countries',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    locale: req.locale ?? undefined,
    req,
  });
  const names = new Intl.ListFormat(req.i18n?.language ?? 'en', { type: 'conjunction' }).format(docs.map((doc) => doc.name ?? doc.code));
  throw new APIError(text.onlyYourCountries(names), 403, undefined, true);
};
