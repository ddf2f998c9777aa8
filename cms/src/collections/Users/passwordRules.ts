import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';
import { type AdminLanguage, adminLanguage } from '../../i18n/adminLanguages.ts';
import { passwordStrings } from './strings.ts';

export const minimumPasswordLength = 12;

/**
 * zxcvbn's score, 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". The admin
 * may be reachable from the internet and editors reuse passwords, so a guessable one is refused, not just warned.
 */
const minimumScore = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries (common passwords, English and Spanish words and names) take a moment. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...spanish.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/**
 * zxcvbn's hint ("This is a top-10 common password"), in the languages its packages translate: its warnings are keys
 * of its English and Spanish translations. French has none installed, so a French refusal goes without the hint.
 */
function hint(warning: string | null, language: AdminLanguage): string {
  if (!warning) return '';
  if (language === 'en') return ` ${warning}`;
  if (language === 'fr') return '';
  const key = Object.entries(english.translations.warnings).find(([, text]) => text === warning)?.[0];
  const translated = key ? (spanish.translations.warnings as Record<string, string>)[key] : undefined;
  return translated ? ` ${translated}` : '';
}

/**
 * Why a password may not be used, or undefined if it may: at least 12 characters, not the account's e-mail (or built
 * from it or the person's name), and not easy to guess: common passwords, words, keyboard patterns, dates and simple
 * substitutions are estimated with zxcvbn-ts, a maintained port of Dropbox's zxcvbn. In the admin language given
 * (English when none is).
 */
export function passwordProblem(
  password: string,
  about: { email?: string | null; name?: string | null } = {},
  language?: string,
): string | undefined {
  const strings = passwordStrings(language);
  if (password.length < minimumPasswordLength) return strings.tooShort(minimumPasswordLength);
  const email = about.email?.trim().toLowerCase();
  if (email && password.toLowerCase().includes(email)) return strings.isEmail;
  const personal = [email, email?.split('@')[0], about.name?.trim()].filter((value): value is string => Boolean(value));
  const { score, feedback } = strengthEstimator().check(password, personal);
  if (score >= minimumScore) return undefined;
  return strings.tooEasy(hint(feedback.warning, adminLanguage(language)));
}
