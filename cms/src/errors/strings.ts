import type { PhoneNumberProblem } from '@infohub/content-schemas';
import { adminLanguage, defineStrings } from '../i18n/adminLanguages.ts';

/** A language's name in the admin language ("inglés", "English", "anglais"). */
export function languageName(locale: string, adminLanguageCode: string | undefined): string {
  return new Intl.DisplayNames([adminLanguage(adminLanguageCode)], { type: 'language' }).of(locale) ?? locale;
}

/**
 * What the admin says beside a field it refuses or warns about: short (the field is right there), in the editor's
 * language, naming the language version when the value is one of several.
 */
export const fieldProblemStrings = defineStrings({
  en: {
    slugTaken: (slug: string) => `Another document already uses “${slug}”: choose another slug.`,
    slugTakenInCountry: (slug: string) => `Another document of the same country already uses “${slug}”: choose another slug.`,
    endBeforeStart: 'Must be later than “Shown from”: change one of the two dates, or clear this one.',
    inLanguageVersion: (language: string, message: string) => `In the ${language} version: ${message}`,
    writeSpanishFirst: (others: string) =>
      `There is text in ${others} but none in Spanish. Write it in Spanish first: readers see the Spanish wherever a translation is missing.`,
    requiredInSpanish: 'Required in the Spanish version before publishing: readers see the Spanish wherever a translation is missing.',
    notANumber: (value: string) =>
      `“${value}” is not a phone number: write digits only, with + and the country code (for example +50422223333), or a short number such as 911.`,
    noCountryCode: (value: string, callingCode: string) => `“${value}” has no country code: write it with +${callingCode} in front.`,
    notAShortNumber: (value: string, country: string, shortNumbers: string, callingCode: string) =>
      `“${value}” is too short for a number in ${country} and is not one of its short numbers (${shortNumbers}): write the full number with +${callingCode}.`,
    wrongLength: (value: string) =>
      `“${value}” cannot be dialled: the number of digits does not fit its country code. Check the code and the digits.`,
    unknownCountryCode: (value: string) => `“${value}” cannot be dialled: no country uses the code after the +.`,
    openingHours: (value: string) =>
      `“${value}” cannot be read as opening hours. Use the weekday rows, or write e.g. “Mo-Fr 08:00-16:00” (times 00:00–24:00).`,
    webAddress: (value: string) => `“${value}” is not a web address: it must start with https:// (or http://).`,
  },
  es: {
    slugTaken: (slug: string) => `Otro documento ya usa «${slug}»: elija otro slug.`,
    slugTakenInCountry: (slug: string) => `Otro documento del mismo país ya usa «${slug}»: elija otro slug.`,
    endBeforeStart: 'Debe ser posterior a «Visible desde»: cambie una de las dos fechas o deje esta vacía.',
    inLanguageVersion: (language: string, message: string) => `En la versión en ${language}: ${message}`,
    writeSpanishFirst: (others: string) =>
      `Hay texto en ${others} pero no en español. Escríbalo primero en español: es lo que leen los lectores donde falta una traducción.`,
    requiredInSpanish: 'Obligatorio en la versión en español antes de publicar: es lo que leen los lectores donde falta una traducción.',
    notANumber: (value: string) =>
      `«${value}» no es un número de teléfono: escriba solo cifras, con + y el código del país (p. ej. +50422223333), o un número corto como 911.`,
    noCountryCode: (value: string, callingCode: string) => `«${value}» no tiene código de país: escríbalo con +${callingCode} delante.`,
    notAShortNumber: (value: string, country: string, shortNumbers: string, callingCode: string) =>
      `«${value}» es demasiado corto para un número de ${country} y no es uno de sus números cortos (${shortNumbers}): escriba el número completo con +${callingCode}.`,
    wrongLength: (value: string) =>
      `«${value}» no se puede marcar: la cantidad de cifras no corresponde a su código de país. Revise el código y las cifras.`,
    unknownCountryCode: (value: string) => `«${value}» no se puede marcar: ningún país usa el código que sigue al +.`,
    openingHours: (value: string) =>
      `«${value}» no se puede leer como horario. Use las filas de los días o escriba p. ej. «Mo-Fr 08:00-16:00» (horas de 00:00 a 24:00).`,
    webAddress: (value: string) => `«${value}» no es una dirección web: debe empezar por https:// (o http://).`,
  },
  fr: {
    slugTaken: (slug: string) => `Un autre document utilise déjà « ${slug} » : choisissez un autre slug.`,
    slugTakenInCountry: (slug: string) => `Un autre document du même pays utilise déjà « ${slug} » : choisissez un autre slug.`,
    endBeforeStart: 'Doit être postérieure à « Affiché à partir du » : changez l’une des deux dates, ou videz celle-ci.',
    inLanguageVersion: (language: string, message: string) => `Dans la version en ${language} : ${message}`,
    writeSpanishFirst: (others: string) =>
      `Il y a du texte en ${others} mais pas en espagnol. Écrivez-le d’abord en espagnol : c’est ce que lisent les lecteurs là où une traduction manque.`,
    requiredInSpanish:
      'Obligatoire dans la version en espagnol avant de publier : c’est ce que lisent les lecteurs là où une traduction manque.',
    notANumber: (value: string) =>
      `« ${value} » n’est pas un numéro de téléphone : écrivez seulement des chiffres, avec + et l’indicatif du pays (p. ex. +50422223333), ou un numéro court comme 911.`,
    noCountryCode: (value: string, callingCode: string) =>
      `« ${value} » n’a pas d’indicatif de pays : écrivez-le avec +${callingCode} devant.`,
    notAShortNumber: (value: string, country: string, shortNumbers: string, callingCode: string) =>
      `« ${value} » est trop court pour un numéro de ${country} et n’est pas l’un de ses numéros courts (${shortNumbers}) : écrivez le numéro complet avec +${callingCode}.`,
    wrongLength: (value: string) =>
      `« ${value} » ne peut pas être composé : le nombre de chiffres ne correspond pas à son indicatif. Vérifiez l’indicatif et les chiffres.`,
    unknownCountryCode: (value: string) => `« ${value} » ne peut pas être composé : aucun pays n’utilise l’indicatif qui suit le +.`,
    openingHours: (value: string) =>
      `« ${value} » ne peut pas être lu comme des horaires. Utilisez les lignes des jours, ou écrivez p. ex. « Mo-Fr 08:00-16:00 » (heures de 00:00 à 24:00).`,
    webAddress: (value: string) => `« ${value} » n’est pas une adresse web : elle doit commencer par https:// (ou http://).`,
  },
});

/** A phone number's problem in the editor's language. */
export function wordPhoneNumberProblem(value: string, problem: PhoneNumberProblem, language: string | undefined): string {
  const strings = fieldProblemStrings(language);
  switch (problem.kind) {
    case 'notANumber':
      return strings.notANumber(value);
    case 'noCountryCode':
      return strings.noCountryCode(value, problem.callingCode ?? '…');
    case 'notAShortNumber':
      return strings.notAShortNumber(value, countryName(problem.country, language), problem.shortNumbers.join(', '), problem.callingCode);
    case 'wrongLength':
      return problem.reason === 'INVALID_COUNTRY' ? strings.unknownCountryCode(value) : strings.wrongLength(value);
  }
}

function countryName(code: string, language: string | undefined): string {
  return new Intl.DisplayNames([adminLanguage(language)], { type: 'region' }).of(code) ?? code;
}
