'use client';
import { TextField, useField, useTranslation } from '@payloadcms/ui';
import type { TextFieldClientComponent } from 'payload';
import { useEffect, useId, useRef, useState } from 'react';
import { readAloud, weekdayName } from './readsAs.ts';
import { openingHoursStrings } from './strings.ts';
import { type DaySchedule, readWeekSchedule, type WeekSchedule, writeWeekSchedule } from './weekSchedule.ts';
import './openingHours.css';

/**
 * Opening hours without the OSM syntax: a row per weekday writes the value into the field, and a line says how it
 * reads. The raw text field stays below for experts, and alone holds values the rows cannot show, untouched.
 */
export const OpeningHoursField: TextFieldClientComponent = (props) => {
  const { path, readOnly } = props;
  const { value, setValue } = useField<string>({ path });
  const { i18n } = useTranslation();
  const words = openingHoursStrings(i18n.language);
  const text = typeof value === 'string' ? value : '';
  const [week, setWeek] = useState<WeekSchedule | undefined>(() => readWeekSchedule(text));
  // The value the rows wrote last: a different value was typed in the raw field, and the rows follow it.
  const written = useRef(text);
  useEffect(() => {
    if (text === written.current) return;
    written.current = text;
    setWeek(readWeekSchedule(text));
  }, [text]);

  const change = (next: WeekSchedule) => {
    setWeek(next);
    written.current = writeWeekSchedule(next);
    setValue(written.current);
  };
  const changeDay = (index: number, day: DaySchedule) => {
    if (week) change({ ...week, days: week.days.map((current, position) => (position === index ? day : current)) });
  };

  return (
    <div className="infohub-opening-hours">
      {week ? (
        <fieldset className="infohub-opening-hours__week" disabled={readOnly}>
          <legend>{words.weekdays}</legend>
          {week.days.map((day, index) => (
            <DayRow
              key={weekdayName(index, 'en')}
              name={weekdayName(index, i18n.language)}
              day={day}
              onChange={(next) => changeDay(index, next)}
            />
          ))}
          <fieldset className="infohub-opening-hours__holidays">
            <legend>{words.holidays}</legend>
            <Checkbox
              label={words.holidaysClosed}
              checked={week.holidaysClosed}
              onChange={(holidaysClosed) => change({ ...week, holidaysClosed })}
            />
            <LabelledInput
              label={words.holidayNote}
              type="text"
              value={week.holidayNote}
              onChange={(holidayNote) => change({ ...week, holidayNote })}
            />
          </fieldset>
        </fieldset>
      ) : (
        <p className="infohub-opening-hours__raw-only">{words.rawOnly}</p>
      )}
      {week && (
        <p className="infohub-opening-hours__reading" aria-live="polite">
          <strong>{words.readsAs}</strong> {readAloud(week, i18n.language)}
        </p>
      )}
      <TextField {...props} />
    </div>
  );
};

function DayRow({ name, day, onChange }: { name: string; day: DaySchedule; onChange: (day: DaySchedule) => void }) {
  const { i18n } = useTranslation();
  const words = openingHoursStrings(i18n.language);
  const [first = { from: '', to: '' }, second] = day.periods;
  const setPeriod = (position: 0 | 1, from: string, to: string) => {
    const periods = [first, second].filter((period) => period !== undefined);
    periods[position] = { from, to };
    onChange({ ...day, periods });
  };
  return (
    <fieldset className="infohub-opening-hours__day">
      <legend>{name}</legend>
      <Checkbox
        label={words.open}
        checked={day.open}
        onChange={(open) =>
          onChange({ ...day, open, periods: open && day.periods.length === 0 ? [{ from: '08:00', to: '16:00' }] : day.periods })
        }
      />
      {day.open && (
        <>
          <LabelledInput label={words.from} type="time" value={first.from} onChange={(from) => setPeriod(0, from, first.to)} />
          <LabelledInput label={words.to} type="time" value={first.to} onChange={(to) => setPeriod(0, first.from, to)} />
          <Checkbox
            label={words.secondPeriod}
            checked={second !== undefined}
            onChange={(wanted) => onChange({ ...day, periods: wanted ? [first, { from: '', to: '' }] : [first] })}
          />
          {second && (
            <>
              <LabelledInput label={words.from} type="time" value={second.from} onChange={(from) => setPeriod(1, from, second.to)} />
              <LabelledInput label={words.to} type="time" value={second.to} onChange={(to) => setPeriod(1, second.from, to)} />
            </>
          )}
        </>
      )}
      <Checkbox label={words.byAppointment} checked={day.byAppointment} onChange={(byAppointment) => onChange({ ...day, byAppointment })} />
    </fieldset>
  );
}

function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="infohub-opening-hours__check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

function LabelledInput({
  label,
  type,
  value,
  onChange,
}: {
  label: string;
  type: 'time' | 'text';
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="infohub-opening-hours__input">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={(event) => onChange(event.target.value)} />
    </span>
  );
}
