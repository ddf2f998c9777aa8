import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatQuality, missingExpectedPages, type QualityOutcome, scoreCase } from './searchQuality.ts';

const outcome = (query: string, kind: string, hit: boolean, top3: string[] = []): QualityOutcome => ({
  lang: 'es',
  country: 'guatemala',
  query,
  kind,
  expected: ['guides/first-passport'],
  top3,
  hit,
});

describe('search-quality report', () => {
  it('gives hits@3 overall and per kind, and lists each miss with what came first instead', () => {
    const report = formatQuality('es', [
      outcome('pasaporte', 'exact', true),
      outcome('pollero', 'synonym', false),
      outcome('papeles', 'synonym', false, ['/es/guatemala/services/identidad-segura/']),
    ]);
    expect(report.split('\n')).toEqual([
      'es: hits@3 1/3 (exact 1/1, synonym 0/2)',
      '    ✘ guatemala "pollero" (synonym) → nothing',
      '    ✘ guatemala "papeles" (synonym) → /es/guatemala/services/identidad-segura/',
    ]);
  });

  it('names expected pages the built site does not have, so a typo in the set is not counted as a miss', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'search-quality-'));
    mkdirSync(path.join(site, 'es/guatemala/guides/first-passport'), { recursive: true });
    writeFileSync(path.join(site, 'es/guatemala/guides/first-passport/index.html'), '<html lang="es"></html>');
    const cases = [
      { country: 'guatemala', query: 'pasaporte', kind: 'exact', expected: ['guides/first-passport', 'guides/frist-passport'] },
    ];
    expect(missingExpectedPages(site, 'es', cases)).toEqual(['/es/guatemala/guides/frist-passport/']);
  });

  it('counts a hit only when an expected page is among the first three results', () => {
    const qualityCase = { country: 'guatemala', query: 'pasaporte', kind: 'exact', expected: ['guides/first-passport'] };
    const others = ['/es/guatemala/hubs/a/', '/es/guatemala/hubs/b/', '/es/guatemala/hubs/c/'];
    expect(scoreCase('es', qualityCase, [...others.slice(0, 2), '/es/guatemala/guides/first-passport/']).hit).toBe(true);
    const fourth = scoreCase('es', qualityCase, [...others, '/es/guatemala/guides/first-passport/']);
    expect(fourth.hit).toBe(false);
    expect(fourth.top3).toEqual(others);
    expect(scoreCase('es', { ...qualityCase, country: 'honduras' }, ['/es/guatemala/guides/first-passport/']).hit).toBe(false);
  });
});
