/**
 * Languages a service's or hub's staff may speak: wider than the languages the site is published in, because a
 * reader who speaks K'iche' or Garifuna needs to find the office where someone speaks it. BCP 47 / ISO 639 codes;
 * names are the languages' own, for the CMS; the site names them through Intl.DisplayNames where it can.
 */
export const spokenLanguages = [
  { code: 'es', name: 'Español' },
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ht', name: 'Kreyòl ayisyen' },
  { code: 'pt', name: 'Português' },
  { code: 'quc', name: "K'iche'" },
  { code: 'mam', name: 'Mam' },
  { code: 'kek', name: "Q'eqchi'" },
  { code: 'cak', name: 'Kaqchikel' },
  { code: 'cab', name: 'Garifuna' },
  { code: 'miq', name: 'Miskitu' },
  { code: 'nah', name: 'Náhuatl' },
  { code: 'ar', name: 'العربية' },
] as const;
