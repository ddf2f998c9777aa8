import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';

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
 * Why a password may not be used, or undefined if it may: at least 12 characters, not the account's e-mail (or built
 * from it or the person's name), and not easy to guess: common passwords, words, keyboard patterns, dates and simple
 * substitutions are estimated with zxcvbn-ts, a maintained port of Dropbox's zxcvbn.
 */
export function passwordProblem(password: string, about: { email?: string | null; name?: string | null } = {}): string | undefined {
  if (password.length < minimumPasswordLength) {
    return `Use at least ${minimumPasswordLength} characters; a few unrelated words are easy to remember and hard to guess.`;
  }
  const email = about.email?.trim().toLowerCase();
  if (email && password.toLowerCase().includes(email)) return 'Do not use your e-mail address as your password.';
  const personal = [email, email?.split('@')[0], about.name?.trim()].filter((value): value is string => Boolean(value));
  const { score, feedback } = strengthEstimator().check(password, personal);
  if (score >= minimumScore) return undefined;
  const why = feedback.warning ? ` ${feedback.warning}` : '';
  return `This password is too easy to guess.${why} Use a few unrelated words, or a longer password.`;
}
