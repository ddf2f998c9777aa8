import type { Field } from 'payload';
import { isAdminField } from '../access/isAdmin.ts';

/**
 * Lets only admins change the named top-level fields: those that shape the site's URLs and structure (a country's
 * code, slug and languages, a topic's slug and kind). Everyone else may still edit the other fields; a change they
 * send to a protected field is dropped, as Payload does for field access, and the admin shows it read-only.
 */
export function adminOnlyUpdates(fields: Field[], names: readonly string[]): Field[] {
  const missing = names.filter((name) => !fields.some((field) => 'name' in field && field.name === name));
  if (missing.length > 0) throw new Error(`adminOnlyUpdates: no field named ${missing.join(', ')}`);
  return fields.map((field) => {
    if (!('name' in field) || !names.includes(field.name) || field.type === 'ui') return field;
    return { ...field, access: { ...field.access, update: isAdminField } } as Field;
  });
}
