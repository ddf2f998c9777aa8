import type { ClientField } from 'payload';
import { labelText } from '../../i18n/labelText.ts';

/**
 * A form path as the editor reads it: "phones.1.number" is "Teléfonos 2 › Número". Unnamed layout fields (rows,
 * collapsibles, unnamed tabs) are looked through, as Payload's own paths do.
 */
export function fieldLabelOf(fields: readonly ClientField[], path: string, language: string): string {
  const words: string[] = [];
  let current: readonly ClientField[] = fields;
  const segments = path.split('.');
  for (let index = 0; index < segments.length; index += 1) {
    const field = findNamed(current, segments[index] ?? '');
    if (!field) break;
    const label = labelText('label' in field ? field.label : undefined, language) ?? field.name;
    const row = /^\d+$/.test(segments[index + 1] ?? '') ? Number(segments[index + 1]) + 1 : undefined;
    words.push(row === undefined ? String(label) : `${String(label)} ${row}`);
    if (row !== undefined) index += 1;
    current = 'fields' in field ? field.fields : [];
  }
  return words.join(' › ') || path;
}

function findNamed(fields: readonly ClientField[], name: string): (ClientField & { name: string }) | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field as ClientField & { name: string };
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name === name) return { ...tab, type: 'group' } as unknown as ClientField & { name: string };
        if (!('name' in tab && tab.name)) {
          const inTab = findNamed(tab.fields, name);
          if (inTab) return inTab;
        }
      }
    } else if (!('name' in field) && 'fields' in field) {
      const inside = findNamed(field.fields, name);
      if (inside) return inside;
    }
  }
  return undefined;
}
