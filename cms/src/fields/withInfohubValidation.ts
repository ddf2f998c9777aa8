import { defaultLocale, describeBidiControlProblem } from '@infohub/content-schemas';
import { type Field, type Validate, validations } from 'payload';
import { describeProblem } from '../errors/describeProblem.ts';

const builtInValidators = validations as unknown as Partial<Record<Field['type'], Validate>>;

/** Set in `custom` on a localized field that must have Spanish text; its translations may be left empty. */
export const requiredInDefaultLocale = 'requiredInDefaultLocale';

/**
 * Applies infohub's editing rules to a collection's fields (as content-schemas defines them):
 *
 * - Spanish first. A localized field marked required must be filled in Spanish; in another language it may stay
 *   empty and readers get the Spanish, as the snapshot allows. Payload alone would require it in every language
 *   saved, so translating a country's name into French would first demand French for every emergency number.
 * - Errors that say where. A rejected save names the document, the field and the language; Payload's own
 *   messages say only "This field is required.". While an editor types (`onChange`) messages stay short: the
 *   admin shows them beside the field already.
 * - Built-in checks kept. Payload's check for the field type (required, length, options…) runs first, then the
 *   field's own: on its own, a custom `validate` replaces the built-in one and lets a missing value through.
 */
export function withInfohubValidation(fields: Field[], parentLocalized = false): Field[] {
  return fields.map((field) => prepareField(field, parentLocalized));
}

function prepareField(field: Field, parentLocalized: boolean): Field {
  const localized = parentLocalized || ('localized' in field && field.localized === true);
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withInfohubValidation(tab.fields, localized) })) };
  }
  const prepared = 'fields' in field ? { ...field, fields: withInfohubValidation(field.fields, localized) } : { ...field };
  if (!('name' in prepared) || prepared.type === 'ui' || prepared.type === 'join') return prepared as Field;

  const spanishRequired = localized && 'required' in prepared && prepared.required === true;
  const ownValidate = 'validate' in prepared ? (prepared.validate as Validate | undefined) : undefined;
  return {
    ...prepared,
    ...(spanishRequired ? { required: false, custom: { ...prepared.custom, [requiredInDefaultLocale]: true } } : {}),
    validate: describedValidator(builtInValidators[prepared.type], ownValidate, { localized, spanishRequired }),
  } as Field;
}

function describedValidator(
  builtIn: Validate | undefined,
  own: Validate | undefined,
  { localized, spanishRequired }: { localized: boolean; spanishRequired: boolean },
): Validate {
  return async (value, options) => {
    // Payload passes the sanitized field's own settings (required, options, editor…) inside `options`.
    const required = spanishRequired ? options.req.locale === defaultLocale : options.required;
    let result = builtIn ? await builtIn(value, { ...options, required }) : true;
    if (result === true && own) result = await own(value, options);
    // Text readers see: the snapshot refuses invisible reordering characters, so the editor hears of them here.
    if (result === true && typeof value === 'string') result = describeBidiControlProblem(value) ?? true;
    if (result === true || options.event !== 'submit') return result;
    return describeProblem({
      collection: options.collectionSlug,
      data: options.data as Record<string, unknown>,
      id: options.id,
      field: options.path.join('.'),
      locale: localized ? (options.req.locale ?? undefined) : undefined,
      message: result,
    });
  };
}
