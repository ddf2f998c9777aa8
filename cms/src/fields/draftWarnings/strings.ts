import { defineStrings } from '../../i18n/adminLanguages.ts';

export const draftWarningStrings = defineStrings({
  en: {
    heading: (count: number) =>
      count === 1 ? 'Draft saved, with 1 problem to fix before publishing' : `Draft saved, with ${count} problems to fix before publishing`,
    goTo: 'Go to the field',
  },
  es: {
    heading: (count: number) =>
      count === 1
        ? 'Borrador guardado, con 1 problema que corregir antes de publicar'
        : `Borrador guardado, con ${count} problemas que corregir antes de publicar`,
    goTo: 'Ir al campo',
  },
  fr: {
    heading: (count: number) =>
      count === 1
        ? 'Brouillon enregistré, avec 1 problème à corriger avant de publier'
        : `Brouillon enregistré, avec ${count} problèmes à corriger avant de publier`,
    goTo: 'Aller au champ',
  },
});
