import { type Field, type Validate, validations } from 'payload';
import { describeProblem } from '../errors/describeProblem.ts';

const builtInValidators = validations as unknown as Partial<Record<Field['type'], Validate>>;

/**
 * Gives every field of a collection a validator whose message, when a save is rejected, names the document, the
 * field and the language (Payload's own say only "This field is required."). It runs Payload's built-in check for
 * the field type first (required, length, options…) and then the field's own check: on its own, a custom
 * `validate` would replace the built-in one and let a missing required value through.
 * While an editor types (`onChange`) the messages stay short: the admin already shows them beside the field.
 */
export function withDescriptiveValidation(fields: Field[], parentLocalized = false): Field[] {
  return fields.map((field) => describeField(field, parentLocalized));
}

function describeField(field: Field, parentLocalized: boolean): Field {
  const localized = parentLocalized || ('localized' in field && field.localized === true);
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDescriptiveValidation(tab.fields, localized) })) };
  }
  const described = 'fields' in field ? { ...field, fields: withDescriptiveValidation(field.fields, localized) } : { ...field };
  if (!('name' in described) || described.type === 'ui' || described.type === 'join') return described as Field;
  const ownValidate = 'validate' in described ? (described.validate as Validate | undefined) : undefined;
  return { ...described, validate: describedValidator(builtInValidators[described.type], ownValidate, localized) } as Field;
}

function describedValidator(builtIn: Validate | undefined, own: Validate | undefined, localized: boolean): Validate {
  return async (value, options) => {
    // Payload passes the sanitized field's own settings (required, options, editor…) inside `options`.
    let result = builtIn ? await builtIn(value, options) : true;
    if (result === true && own) result = await own(value, options);
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
