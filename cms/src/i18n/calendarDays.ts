import type { Field } from 'payload';

const components = {
  Field: '/i18n/admin/CalendarDay.tsx#CalendarDayField',
  Cell: '/i18n/admin/CalendarDay.tsx#CalendarDayCell',
};

/**
 * Shows every calendar-day field (a date field with `pickerAppearance: 'dayOnly'`, such as the review dates) as the
 * day it stores, in every time zone: the edit view and the list column read the date in UTC, where it was written.
 */
export function withCalendarDays(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date' && field.admin?.date?.pickerAppearance === 'dayOnly') {
      return { ...field, admin: { ...field.admin, components: { ...components, ...field.admin.components } } };
    }
    if ('fields' in field) return { ...field, fields: withCalendarDays(field.fields) } as Field;
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withCalendarDays(tab.fields) })) };
    return field;
  });
}
