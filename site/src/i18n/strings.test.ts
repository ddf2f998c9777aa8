import { describe, expect, it } from 'vitest';
import es from './es.json';
import { checkUiStrings, createTranslator, getUiStrings, parseUiStrings } from './strings.ts';

describe('the strings files', () => {
  it('has a complete file for every language infohub ships', () => {
    expect(() => checkUiStrings(['es', 'en', 'fr', 'ht', 'ar'])).not.toThrow();
  });

  it('fails on a missing key, naming the file and the key', () => {
    const { 'search.label': _missing, ...incomplete } = es;
    expect(() => parseUiStrings('en', incomplete)).toThrow(/en\.json[\s\S]*"search\.label" is missing/);
  });

  it('fails on an empty translation', () => {
    expect(() => parseUiStrings('fr', { ...es, skipLink: ' ' })).toThrow(/"skipLink" must not be empty/);
  });

  it('fails on a key that Spanish does not have', () => {
    expect(() => parseUiStrings('ht', { ...es, 'search.lable': 'Chèche' })).toThrow(/unknown key\(s\) search\.lable/);
  });

  it('fails when a translation loses or renames a placeholder', () => {
    expect(() => parseUiStrings('en', { ...es, 'review.lastReviewed': 'Last reviewed on {day}.' })).toThrow(
      /"review\.lastReviewed" must use exactly the placeholders \{date\}/,
    );
  });

  it('names the file to create for a language with no strings', () => {
    expect(() => getUiStrings('pt')).toThrow(/"pt".*copy site\/src\/i18n\/es\.json to pt\.json/);
  });
});

describe('createTranslator', () => {
  it('fills in placeholders', () => {
    const t = createTranslator('en');
    expect(t('search.manyResults', { count: 3, query: 'visa' })).toBe('3 results for “visa”');
  });

  it('refuses to show a placeholder left unfilled', () => {
    const t = createTranslator('es');
    expect(() => t('alert.until')).toThrow(/needs a value for \{date\}/);
  });
});
