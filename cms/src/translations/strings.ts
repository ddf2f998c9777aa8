import { defineStrings } from '../i18n/adminLanguages.ts';

/** What translation tracking and the side-by-side Spanish source say to editors and translators. */
export const translationStrings = defineStrings({
  en: {
    states: {
      missing: 'not translated',
      partial: (translated: number, of: number) => `partly translated: ${translated} of ${of} fields`,
      upToDate: 'up to date',
      outdated: 'outdated',
    },
    untracked: 'not tracked yet (saved before tracking began)',
    spanishChanged: 'Spanish text last changed',
    saved: 'saved',
    columnHeading: 'Translations',
    source: {
      heading: 'Spanish',
      empty: 'No Spanish text',
      copy: 'Copy',
      copyLabel: (field: string) => `Copy the Spanish text of “${field}”`,
      copied: 'Copied',
      copyFailed: 'This browser did not allow copying: select the text instead.',
      loadFailed: 'The Spanish text could not be loaded.',
    },
  },
  es: {
    states: {
      missing: 'sin traducir',
      partial: (translated: number, of: number) => `traducida en parte: ${translated} de ${of} campos`,
      upToDate: 'al día',
      outdated: 'desactualizada',
    },
    untracked: 'sin seguimiento aún (guardado antes del seguimiento)',
    spanishChanged: 'Texto en español cambiado por última vez',
    saved: 'guardada',
    columnHeading: 'Traducciones',
    source: {
      heading: 'Español',
      empty: 'Sin texto en español',
      copy: 'Copiar',
      copyLabel: (field: string) => `Copiar el texto en español de «${field}»`,
      copied: 'Copiado',
      copyFailed: 'Este navegador no permitió copiar: seleccione el texto.',
      loadFailed: 'No se pudo cargar el texto en español.',
    },
  },
  fr: {
    states: {
      missing: 'non traduite',
      partial: (translated: number, of: number) => `traduite en partie : ${translated} champs sur ${of}`,
      upToDate: 'à jour',
      outdated: 'à mettre à jour',
    },
    untracked: 'pas encore suivie (enregistrée avant le début du suivi)',
    spanishChanged: 'Dernière modification du texte espagnol',
    saved: 'enregistrée',
    columnHeading: 'Traductions',
    source: {
      heading: 'Espagnol',
      empty: 'Pas de texte en espagnol',
      copy: 'Copier',
      copyLabel: (field: string) => `Copier le texte espagnol de « ${field} »`,
      copied: 'Copié',
      copyFailed: 'Ce navigateur n’a pas permis de copier : sélectionnez le texte.',
      loadFailed: 'Le texte espagnol n’a pas pu être chargé.',
    },
  },
});
