import { defineStrings } from '../adminLanguages.ts';

export const calendarDayStrings = defineStrings({
  en: { none: 'Not yet' },
  es: { none: 'Todavía no' },
  fr: { none: 'Pas encore' },
});
