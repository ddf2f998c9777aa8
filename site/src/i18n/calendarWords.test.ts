import { spokenLanguages } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { formatDate } from '~/format/dates.ts';
import { languageName } from '~/format/languageNames.ts';
import { calendarWords } from './calendarWords.ts';
import { getUiStrings } from './strings.ts';

/**
 * Where the runtime has CLDR data for a language, its strings file should say what CLDR says: these checks catch a
 * misspelt month or a date pattern in the wrong order. Languages the runtime lacks (Haitian Creole) are skipped.
 */
const withRuntimeData = ['es', 'en', 'fr', 'ht'].filter((code) => Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0);
const utcDay = (month: number, day: number) => new Date(Date.UTC(2026, month, day));

describe.each(withRuntimeData)('the %s strings file', (code) => {
  const strings = getUiStrings(code);
  const words = calendarWords(strings);

  it('names weekdays and months as CLDR does', () => {
    const weekday = new Intl.DateTimeFormat(code, { weekday: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    expect(words.weekdays).toEqual(words.weekdays.map((_, index) => weekday.format(new Date(Date.UTC(2024, 0, 1 + index)))));
    expect(words.months).toEqual(words.months.map((_, index) => month.format(utcDay(index, 1))));
  });

  it('writes long dates as CLDR does', () => {
    const long = new Intl.DateTimeFormat(code, { dateStyle: 'long', timeZone: 'UTC' });
    for (const date of [utcDay(0, 1), utcDay(6, 15), utcDay(11, 31)]) {
      expect(formatDate(date.toISOString(), words)).toBe(long.format(date));
    }
  });

  it('names languages as CLDR does where CLDR has a name', () => {
    const names = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' });
    for (const { code: language } of spokenLanguages) {
      const cldr = names.of(language);
      if (cldr !== undefined) expect(languageName(language, strings, []), language).toBe(cldr);
    }
  });
});

it('leaves out Haitian Creole, which the runtime has no data for, so ht.json is the only source of its words', () => {
  expect(withRuntimeData).toEqual(['es', 'en', 'fr']);
});
