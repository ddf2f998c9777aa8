import { countries, validateSnapshot } from '@infohub/content-schemas';
import { describe, expect, it } from 'vitest';
import { benchScales, benchSnapshot, generateBenchContent, seededRandom } from './generateContent.ts';

// Generating and validating 2,000 documents takes a few seconds, more on a busy machine: once, with room to spare.
const largeTimeoutMs = 60_000;
let large: ReturnType<typeof benchSnapshot> | undefined;
const largeSnapshot = () => {
  large ??= benchSnapshot(generateBenchContent(benchScales.large));
  return large;
};

describe('the benchmark content generator', () => {
  it('generates the same content for the same seed, and other content for another seed', () => {
    const first = JSON.stringify(benchSnapshot(generateBenchContent(benchScales.tiny)));
    expect(JSON.stringify(benchSnapshot(generateBenchContent(benchScales.tiny)))).toBe(first);
    expect(JSON.stringify(benchSnapshot(generateBenchContent({ ...benchScales.tiny, seed: 9 })))).not.toBe(first);
  });

  it('writes a snapshot the site accepts, in every language, at the large scale', { timeout: largeTimeoutMs }, () => {
    const snapshot = largeSnapshot();
    const validation = validateSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(validation.success ? [] : validation.problems.slice(0, 5)).toEqual([]);
    for (const guide of snapshot.guides) expect(Object.keys(guide.title).sort()).toEqual(['en', 'es', 'fr', 'ht']);
  });

  it('makes as many document pages as the scale asks, over the real countries', { timeout: largeTimeoutMs }, () => {
    const snapshot = largeSnapshot();
    const documents = snapshot.guides.length + snapshot.services.length + snapshot.hubs.length;
    const pages = documents * snapshot.locales.length;
    expect(pages).toBeGreaterThanOrEqual(8000);
    expect(pages).toBeLessThan(8000 + countries.length * snapshot.locales.length);
    expect(snapshot.countries.map((country) => country.code)).toEqual(countries.map((country) => country.code));
    expect(snapshot.guides.length).toBeGreaterThan(snapshot.services.length);
  });

  it('writes guides of a realistic length: several paragraphs, steps and papers', () => {
    const { guides } = benchSnapshot(generateBenchContent(benchScales.small));
    const bodyWords = guides.map((guide) => (guide.bodyHtml?.es ?? '').split(/\s+/).length).sort((a, b) => a - b);
    const median = bodyWords[Math.floor(bodyWords.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(150);
    expect(median).toBeLessThan(1000);
    for (const guide of guides) {
      expect(guide.steps.length).toBeGreaterThanOrEqual(3);
      expect(guide.requiredDocuments.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws numbers in [0, 1) that repeat for a seed', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...drawn)).toBeLessThan(1);
  });
});
