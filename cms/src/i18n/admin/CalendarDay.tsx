'use client';
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui';
import type { DateFieldClientComponent, DefaultCellComponentProps } from 'payload';
import { formatCalendarDay } from '../adminDates.ts';
import { calendarDayStrings } from './strings.ts';

/**
 * A calendar day (a review date), read-only in the edit view. Payload's date picker shows a stored midnight UTC in
 * the browser's time zone, the day before west of Greenwich; this reads the day as stored, in the admin language.
 */
export const CalendarDayField: DateFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string | null | undefined>({ path });
  const { i18n } = useTranslation();
  return (
    <div className="field-type calendar-day" data-calendar-day={path}>
      <FieldLabel label={field.label} path={path} />
      <output id={`field-${path.replace(/\./g, '__')}`} style={{ display: 'block' }}>
        {value ? (
          <time dateTime={value.slice(0, 10)}>{formatCalendarDay(value, i18n.language)}</time>
        ) : (
          calendarDayStrings(i18n.language).none
        )}
      </output>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  );
};

/** The same day in a list column. */
export function CalendarDayCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation();
  if (typeof cellData !== 'string' || cellData === '') return null;
  return <time dateTime={cellData.slice(0, 10)}>{formatCalendarDay(cellData, i18n.language)}</time>;
}
