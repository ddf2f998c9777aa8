import { defineStrings } from '../i18n/adminLanguages.ts';

/** Refusals an editor meets in the admin; scripts that name no language get the English. */
export const refusalStrings = defineStrings({
  en: {
    draftsOnly:
      'Translators and reviewers save drafts only: a country editor publishes or unpublishes. Save as a draft ("Save draft" in the admin, draft=true in the API).',
    restoreOnlyByEditors: 'Only a country editor or an admin restores an earlier version.',
    chooseCountry: 'Choose the country this document belongs to.',
  },
  es: {
    draftsOnly: 'Quien traduce o revisa solo guarda borradores: publica o despublica quien edita el país. Use «Guardar borrador».',
    restoreOnlyByEditors: 'Solo quien edita el país o quien administra restaura una versión anterior.',
    chooseCountry: 'Elija el país al que pertenece este documento.',
  },
  fr: {
    draftsOnly:
      'Les traducteurs et relecteurs enregistrent seulement des brouillons : publier ou dépublier revient à l’éditeur du pays. Utilisez « Enregistrer le brouillon ».',
    restoreOnlyByEditors: 'Seul un éditeur du pays ou un administrateur restaure une version antérieure.',
    chooseCountry: 'Choisissez le pays auquel appartient ce document.',
  },
});
