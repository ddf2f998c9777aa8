import type { CollectionConfig, Config, Field } from 'payload';

const component = (file: string, name: string) => `/translations/admin/${file}.tsx#${name}`;

export const spanishSourceProvider = component('SpanishSourceProvider', 'SpanishSourceProvider');
const spanishSource = component('SpanishSource', 'SpanishSource');
const spanishTitleCell = component('SpanishTitleCell', 'SpanishTitleCell');
const spanishTitleAsHeading = component('SpanishTitleAsHeading', 'SpanishTitleAsHeading');
const documentStatus = component('DocumentStatus', 'DocumentStatus');

const textTypes = new Set(['text', 'textarea', 'richText']);

/** The admin-wide provider that reads documents in Spanish once per edit view for the fields that show it. */
export function withSpanishSourceProvider(admin: Config['admin']): Config['admin'] {
  const providers = admin?.components?.providers ?? [];
  return { ...admin, components: { ...admin?.components, providers: [...providers, spanishSourceProvider] } };
}

/**
 * Translating beside the source, for one collection: each localized text field (in rows too) shows its Spanish
 * text above it in other languages, the title column and the edit view's heading fall back to the Spanish title,
 * and the status line offers "revert to published" only to those who may publish (`admin/DocumentStatus.tsx`).
 */
export function withSideBySideTranslation(collection: CollectionConfig): CollectionConfig {
  const titleField = collection.admin?.useAsTitle;
  const edit = collection.admin?.components?.edit;
  return {
    ...collection,
    fields: collection.fields.map((field) => withSpanishSource(field, titleField)),
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: { ...edit, Status: edit?.Status ?? documentStatus },
      },
    },
  };
}

/** A field with the Spanish source above it when it is localized text; `titleField` only at the top level. */
function withSpanishSource(field: Field, titleField: string | undefined): Field {
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({
        ...tab,
        fields: tab.fields.map((child) => withSpanishSource(child, 'name' in tab ? undefined : titleField)),
      })),
    };
  }
  if (field.type === 'array' || field.type === 'group' || field.type === 'collapsible' || field.type === 'row') {
    const keepsLevel = field.type === 'collapsible' || field.type === 'row' || (field.type === 'group' && !('name' in field && field.name));
    return { ...field, fields: field.fields.map((child) => withSpanishSource(child, keepsLevel ? titleField : undefined)) } as Field;
  }
  if (!textTypes.has(field.type) || !('localized' in field) || field.localized !== true) return field;
  const components = (field.admin?.components ?? {}) as { beforeInput?: unknown[]; Cell?: unknown };
  const isTitle = titleField !== undefined && 'name' in field && field.name === titleField;
  return {
    ...field,
    admin: {
      ...field.admin,
      components: {
        ...components,
        // The title's companion keeps the heading in Spanish while the translation has no title.
        beforeInput: [...(components.beforeInput ?? []), spanishSource, ...(isTitle ? [spanishTitleAsHeading] : [])],
        ...(isTitle && components.Cell === undefined ? { Cell: spanishTitleCell } : {}),
      },
    },
  } as Field;
}
