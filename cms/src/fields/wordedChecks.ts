import { checkPhoneNumber, describeOpeningHoursProblem, isWebAddress } from '@infohub/content-schemas';
import { validateHttpUrl, validateOpeningHours, validatePhoneNumber } from '@infohub/content-schemas/payload';
import type { PayloadRequest, Validate } from 'payload';
import { fieldProblemStrings, wordPhoneNumberProblem } from '../errors/strings.ts';
import { relationId } from '../utilities/relationId.ts';

type FieldCheck = (value: unknown, options: Parameters<Validate>[1]) => Promise<string | true>;

/**
 * The shared checks content-schemas gives each field (the snapshot's own, in English for the site build), as the
 * CMS runs them: the same rules, worded in the editor's language, and for phone numbers with the document's
 * country, whose short numbers ("911", "199") are the only ones dialled without a country code.
 */
const wordedChecks = new Map<unknown, FieldCheck>([
  [validatePhoneNumber, checkPhoneField],
  [validateOpeningHours, checkOpeningHoursField],
  [validateHttpUrl, checkWebAddressField],
]);

/** The CMS's own wording of a shared check, or undefined for a check the CMS runs as it is. */
export function wordedCheck(validate: unknown): FieldCheck | undefined {
  return wordedChecks.get(validate);
}

async function checkPhoneField(value: unknown, { collectionSlug, data, req }: Parameters<Validate>[1]): Promise<string | true> {
  if (typeof value !== 'string') return true;
  const document = (data ?? {}) as Record<string, unknown>;
  const country = collectionSlug === 'countries' ? stringOrUndefined(document.code) : await countryCodeOf(req, document.country);
  const problem = checkPhoneNumber(value, country);
  return problem ? wordPhoneNumberProblem(value, problem, req.i18n?.language) : true;
}

async function checkOpeningHoursField(value: unknown, { req }: Parameters<Validate>[1]): Promise<string | true> {
  if (typeof value !== 'string' || value.trim() === '' || describeOpeningHoursProblem(value) === undefined) return true;
  return fieldProblemStrings(req.i18n?.language).openingHours(value);
}

async function checkWebAddressField(value: unknown, { req }: Parameters<Validate>[1]): Promise<string | true> {
  if (value === undefined || value === null || value === '' || isWebAddress(String(value))) return true;
  return fieldProblemStrings(req.i18n?.language).webAddress(String(value));
}

// One read per country and request: a bulk write (the seed's batch, an import) validates hundreds of phone numbers
// of the same country under one request, and a country's code does not change while one request writes.
const countryCodesByRequest = new WeakMap<PayloadRequest, Map<number | string, Promise<string | undefined>>>();

/** The ISO code of the country a document belongs to, from its relationship (an id, or the populated country). */
async function countryCodeOf(req: PayloadRequest, country: unknown): Promise<string | undefined> {
  if (typeof country === 'object' && country !== null && 'code' in country) return stringOrUndefined(country.code);
  const id = relationId(country);
  if (id === undefined || !req.payload?.findByID) return undefined;
  let codes = countryCodesByRequest.get(req);
  if (!codes) {
    codes = new Map();
    countryCodesByRequest.set(req, codes);
  }
  let code = codes.get(id);
  if (!code) {
    code = req.payload.findByID({ collection: 'countries', id, depth: 0, overrideAccess: true, req }).then(
      (doc) => stringOrUndefined((doc as { code?: unknown }).code),
      () => undefined,
    );
    codes.set(id, code);
  }
  return code;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
