import type { Field, FieldAccess } from 'payload';
import { hasAdminRole } from './isAdmin.ts';
import { hasRole, translatesInto } from './staffRoles.ts';

/** The fields a reviewer confirms when marking a document reviewed (content-schemas' `reviewFields`). */
export const reviewerFieldPaths = ['review.lastReviewedAt', 'review.reviewedBy'] as const;

type Field_ = Field & { name?: string; localized?: boolean; fields?: Field[] };

/**
 * Field-level update access by role, for content of one country (the collection's access decides which documents;
 * this decides which of their fields):
 * - admins and country editors change every field;
 * - translators change translatable (localized) fields in the languages they translate into, and nothing shared by
 *   every language (slug, country, dates, phone numbers…). They translate the rows of a list (required documents,
 *   steps) but do not add, remove or reorder them: the rows are shared by every language, and a changed list would
 *   lose the other languages' text. Such a change to a list is dropped whole and the stored rows kept;
 * - reviewers change the review fields only.
 * As Payload does for field access, a change to a field someone may not change is dropped, not refused, and the
 * admin shows that field read-only. A field's own update access, if any, still applies.
 */
export function withRoleFieldAccess(fields: Field[]): Field[] {
  return prepare(fields, { path: [], localized: false, topLevel: true });
}

interface Place {
  path: string[];
  localized: boolean;
  topLevel: boolean;
}

function prepare(fields: Field[], place: Place): Field[] {
  return fields.map((field) => prepareField(field as Field_, place));
}

function prepareField(field: Field_, place: Place): Field {
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) =>
        'name' in tab && tab.name
          ? { ...tab, fields: prepare(tab.fields, { ...place, path: [...place.path, tab.name], topLevel: false }) }
          : { ...tab, fields: prepare(tab.fields, place) },
      ),
    } as Field;
  }
  if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') {
    // Layout only (row, collapsible): its fields sit where it sits.
    return field.fields ? ({ ...field, fields: prepare(field.fields, place) } as Field) : field;
  }
  const path = [...place.path, field.name];
  const localized = place.localized || field.localized === true;
  const inner: Place = { ...place, path, localized, topLevel: false };
  const prepared: Field_ = field.fields ? { ...field, fields: prepare(field.fields, inner) } : { ...field };
  const rule = roleRule(prepared, { ...place, path, localized });
  const own = field.access?.update;
  const update: FieldAccess = own ? async (args) => (await own(args)) && rule(args) : rule;
  return { ...prepared, access: { ...field.access, update } } as Field;
}

function roleRule(field: Field_, place: Place): FieldAccess {
  const dottedPath = place.path.join('.');
  const reviewerMay = reviewerFieldPaths.some((allowed) => allowed === dottedPath || allowed.startsWith(`${dottedPath}.`));
  const translatable = place.localized || hasLocalizedField(field.fields ?? []);
  const isList = field.type === 'array' || field.type === 'blocks';
  const name = field.name ?? '';

  return ({ req: { user, locale }, doc, siblingData }) => {
    if (!user) return false;
    if (hasAdminRole(user) || hasRole(user, 'country-editor')) return true;
    if (hasRole(user, 'reviewer') && reviewerMay) return true;
    if (!hasRole(user, 'translator') || !translatable) return false;
    if (place.localized) return translatesInto(user, locale ?? undefined);
    if (!isList) return true;
    // A shared list holding translatable fields: its rows may be translated, not changed. Only a top-level list can
    // be compared with the stored one here; the content model has no other.
    if (!place.topLevel) return false;
    const sent = (siblingData as Record<string, unknown> | undefined)?.[name];
    return sent === undefined || sameRows(sent, (doc as Record<string, unknown> | undefined)?.[name]);
  };
}

function hasLocalizedField(fields: Field[]): boolean {
  return fields.some((field) => {
    const candidate = field as Field_;
    if (candidate.localized === true) return true;
    if (field.type === 'tabs') return field.tabs.some((tab) => hasLocalizedField(tab.fields));
    return hasLocalizedField(candidate.fields ?? []);
  });
}

function sameRows(sent: unknown, stored: unknown): boolean {
  const ids = (rows: unknown) => (Array.isArray(rows) ? rows.map((row) => String((row as { id?: unknown } | null)?.id)) : []);
  const sentIds = ids(sent);
  const storedIds = ids(stored);
  return sentIds.length === storedIds.length && sentIds.every((id, index) => id === storedIds[index]);
}
