import { describe, expect, it } from 'vitest';
import { smallestImages } from './integration.ts';

describe('the images a saved country keeps', () => {
  it("keeps each format's narrowest file, standing in for its wider ones, once per picture", () => {
    const html =
      '<picture><source srcset="/_astro/a_small.avif 360w, /_astro/a_big.avif 640w" type="image/avif">' +
      '<source srcset="/_astro/a_big.webp 640w, /_astro/a_small.webp 360w" type="image/webp">' +
      '<img src="/_astro/a_big.webp" srcset="/_astro/a_small.webp 360w, /_astro/a_big.webp 640w" alt=""></picture>' +
      '<img srcset="https://elsewhere.example/x.png 100w">';
    expect(smallestImages(html)).toEqual([
      { url: '/_astro/a_small.avif', standsFor: ['/_astro/a_big.avif'] },
      { url: '/_astro/a_small.webp', standsFor: ['/_astro/a_big.webp'] },
    ]);
  });
});
