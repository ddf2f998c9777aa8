import { defineStrings } from '../../i18n/adminLanguages.ts';

/** Why a password is refused, in the admin language; zxcvbn's own hint is added where it speaks the language. */
export const passwordStrings = defineStrings({
  en: {
    tooShort: (length: number) => `Use at least ${length} characters; a few unrelated words are easy to remember and hard to guess.`,
    isEmail: 'Do not use your e-mail address as your password.',
    tooEasy: (hint: string) => `This password is too easy to guess.${hint} Use a few unrelated words, or a longer password.`,
  },
  es: {
    tooShort: (length: number) =>
      `Use al menos ${length} caracteres; unas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.`,
    isEmail: 'No use su dirección de correo electrónico como contraseña.',
    tooEasy: (hint: string) =>
      `Esta contraseña es demasiado fácil de adivinar.${hint} Use unas palabras sin relación entre sí, o una contraseña más larga.`,
  },
  fr: {
    tooShort: (length: number) =>
      `Utilisez au moins ${length} caractères ; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.`,
    isEmail: 'N’utilisez pas votre adresse e-mail comme mot de passe.',
    tooEasy: (hint: string) =>
      `Ce mot de passe est trop facile à deviner.${hint} Utilisez quelques mots sans rapport entre eux, ou un mot de passe plus long.`,
  },
});
