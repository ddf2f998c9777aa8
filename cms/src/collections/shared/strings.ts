import { defineStrings } from '../../i18n/adminLanguages.ts';

/** What the country-scoped collections say when a save names a country the user does not work on. */
export const countryScopeStrings = defineStrings({
  en: {
    onlyYourCountries: (countries: string) => `You edit ${countries} only.`,
    noCountries: 'No country is assigned to your account yet: ask an administrator.',
  },
  es: {
    onlyYourCountries: (countries: string) => `Solo editas ${countries}.`,
    noCountries: 'Tu cuenta aún no tiene países asignados: pídelo a quien administra.',
  },
  fr: {
    onlyYourCountries: (countries: string) => `Vous ne modifiez que ${countries}.`,
    noCountries: 'Aucun pays n’est encore attribué à votre compte : demandez-le à un administrateur.',
  },
});
