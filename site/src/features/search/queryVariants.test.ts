import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './normalizeQuery.ts';
import { fallbackQueries, queryVariants, synonymListProblems } from './queryVariants.ts';

const synonymsDir = path.join(import.meta.dirname, 'synonyms');
const readList = (lang: string) =>
  (JSON.parse(readFileSync(path.join(synonymsDir, `${lang}.json`), 'utf8')) as { synonyms: Record<string, string> }).synonyms;

describe('normalizeQuery', () => {
  it('ignores case, accents and punctuation the way readers type', () => {
    expect(normalizeQuery('¿Trámite  de PAPELES?')).toBe('tramite de papeles');
    expect(normalizeQuery('paspò')).toBe('paspo');
    expect(normalizeQuery('l’asile')).toBe('l asile');
  });
});

describe('queryVariants', () => {
  const list = { papeles: 'documentos', 'visa de trabajo': 'permiso de trabajo', visa: 'visado', trabajo: 'empleo' };

  it('runs the reader’s own words, then the words the pages use', () => {
    expect(queryVariants('Papeles para Costa Rica', list)).toEqual(['Papeles para Costa Rica', 'documentos para costa rica']);
  });

  it('prefers the longest phrase and does not rewrite the words it put in', () => {
    expect(queryVariants('visa de trabajo', list)).toEqual(['visa de trabajo', 'permiso de trabajo']);
  });

  it('matches whole words only, accents and case aside', () => {
    expect(queryVariants('visados', list)).toEqual(['visados']);
    expect(queryVariants('PAPELÉS', list)).toEqual(['PAPELÉS', 'documentos']);
  });

  it('gives one query per alternative when the pages use several words', () => {
    expect(queryVariants('donde dormir', { 'donde dormir': ['albergue', 'refugio'] })).toEqual(['donde dormir', 'albergue', 'refugio']);
  });

  it('splits a word at an apostrophe as the index does, so "l\'asile" finds "asile"', () => {
    expect(queryVariants("demander l'asile", {})).toEqual(['demander l asile']);
  });

  it('runs nothing for an empty query', () => {
    expect(queryVariants('  ¿? ', list)).toEqual([]);
  });
});

describe('fallbackQueries', () => {
  it('tries each word of three letters or more, with its rewrites, when no page has them all', () => {
    expect(fallbackQueries('Atención en MAM', {})).toEqual(['atencion', 'mam']);
    expect(fallbackQueries('lawyer asylum', { lawyer: 'legal advice' })).toEqual(['lawyer', 'legal advice', 'asylum']);
  });

  it('has nothing more to try for a single word', () => {
    expect(fallbackQueries('asile', {})).toEqual([]);
  });
});

describe('the synonym lists content people edit', () => {
  const languages = ['es', 'en', 'fr', 'ht'];

  it('exist for every language readers search in', () => {
    const files = readdirSync(synonymsDir).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(languages.map((lang) => `${lang}.json`).sort());
  });

  for (const lang of languages) {
    it(`${lang}: every entry leads somewhere else and none repeats another`, () => {
      expect(synonymListProblems(readList(lang))).toEqual([]);
    });
  }

  it('name the entry a content person has to fix', () => {
    expect(synonymListProblems({ Papeles: 'papeles', papelés: 'documentos', vacio: '' })).toEqual([
      '"Papeles": leads to the same words, so it does nothing',
      '"papelés": the same as "Papeles" once accents and case are ignored',
      '"vacio": say which words the pages use (a text, or a list of texts)',
    ]);
  });

  it('turn what Spanish readers type into the words of the pages (issue 6 examples)', () => {
    expect(queryVariants('papeles', readList('es'))).toContain('documentos');
    expect(queryVariants('visa de trabajo', readList('es'))).toContain('permiso de trabajo');
  });

  it('give Haitian Creole, which has no stemmer, its French-derived spellings', () => {
    expect(queryVariants('passeport', readList('ht'))).toContain('paspò');
    expect(queryVariants('refugie', readList('ht'))).toContain('azil');
  });
});
