import { defaultLocale, describeBidiControlProblem } from '@infohub/content-schemas';
import { type Field, type Validate, validations } from 'payload';
import { fieldProblemStrings, languageName } from '../errors/strings.ts';
import { wordedCheck } from './wordedChecks.ts';

const builtInValidators = validations as unknown as Partial<Record<Field['type'], Validate>>;

/** Set in `custom` on a localized field that must have Spanish text; its translations may be left empty. */
export const requiredInDefaultLocale = 'requiredInDefaultLocale';

/**
 * Applies infohub's editing rules to a collection's fields (as content-schemas defines them):
 *
 * - Spanish first. A localized field marked required must be filled in Spanish; in another language it may stay
 *   empty and readers get the Spanish, as the snapshot allows. Payload alone would require it in every language
 *   saved, so translating a country's name into French would first demand French for every emergency number.
 * - Errors on the field. A message is shown beside its field (Payload maps the error's path to it), so it is short,
 *   in the editor's language, and names the language version of a localized field ("En la versión en inglés: …").
 *   Scripts and API callers get the document and field path added (`errors/validationDetails.ts`).
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
  const ownCheck = wordedCheck(own) ?? own;
  return async (value, options) => {
    // Payload passes the sanitized field's own settings (required, options, editor…) inside `options`.
    const required = spanishRequired ? options.req.locale === defaultLocale : options.required;
    let result = builtIn ? await builtIn(value, withRequired(options, required)) : true;
    if (result === true && ownCheck) result = await ownCheck(value, options);
    // Text readers see: the snapshot refuses invisible reordering characters, so the editor hears of them here.
    if (result === true && typeof value === 'string') result = describeBidiControlProblem(value) ?? true;
    if (result === true) return true;
    // The form marks the field itself; what it cannot show is which language version of it is wrong.
    const locale = options.req.locale;
    if (!localized || !locale || locale === 'all') return result;
    const language = options.req.i18n?.language;
    return fieldProblemStrings(language).inLanguageVersion(languageName(locale, language), result);
  };
}

/**
 * The options with `required` replaced and every other property as Payload made it. The document merged with the
 * save (`data`, `siblingData`) is made only when a check reads it (patches/payload@3.90.2.patch): a spread would
 * make it for every field of every save.
 */
function withRequired<Options extends { required?: unknown }>(options: Options, required: unknown): Options {
  if (options.required === required) return options;
  return Object.defineProperties({} as Options, {
    ...Object.getOwnPropertyDescriptors(options),
    required: { value: required, enumerable: true, writable: true, configurable: true },
  });
}
