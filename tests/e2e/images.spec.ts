import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../testing/buildSite.ts';
import { fixtureSnapshot, outputFolder, publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

const guide = 'guatemala/guides/residencia-temporal/';
/** The fixture's drawing, 640 × 400: every variant of it must stay small enough for 2G. */
const largestImageBytes = 8_000;

test.describe('a guide image', () => {
  test("comes as AVIF and WebP in phone sizes, with its size set and its alt text in the reader's language", async ({ page }) => {
    await page.goto(`/en/${guide}`);
    const picture = page.locator('figure.guide-image picture');
    await expect(picture.locator('source')).toHaveCount(2);
    await expect(picture.locator('source').first()).toHaveAttribute('type', 'image/avif');
    await expect(picture.locator('source').last()).toHaveAttribute('type', 'image/webp');
    const image = page.getByRole('img', { name: 'Drawing of a residence document with a green approval tick.' });
    await expect(image).toHaveAttribute('width', '640');
    await expect(image).toHaveAttribute('height', '400');
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('decoding', 'async');
    await expect(image).not.toHaveAttribute('lang');

    const srcsets: string[] = await picture
      .locator('source')
      .evaluateAll((elements: { getAttribute(name: string): string | null }[]) =>
        elements.map((element) => element.getAttribute('srcset') ?? ''),
      );
    const sources = srcsets.flatMap((srcset) => srcset.split(',').map((candidate) => candidate.trim().split(' ')[0] ?? ''));
    expect(sources.length).toBe(4);
    for (const source of sources) {
      const response = await page.request.get(source);
      expect(response.status()).toBe(200);
      expect((await response.body()).byteLength).toBeLessThan(largestImageBytes);
    }
  });

  test("loads from the site's own host once scrolled to, as AVIF in Chromium", async ({ page, baseURL }) => {
    const imageRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image') imageRequests.push(request.url());
    });
    await page.goto(`/es/${guide}`);
    const image = page.getByRole('img', { name: /documento de residencia/ });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const loaded = await image.evaluate((element) => (element as HTMLImageElement).currentSrc);
    expect(new URL(loaded).origin).toBe(baseURL);
    expect(loaded).toMatch(/\.avif$/);
    expect(imageRequests.every((url) => new URL(url).origin === baseURL)).toBe(true);
  });

  test("says so in the page's language when its alt text is only in Spanish", async ({ page }) => {
    await page.goto(`/ht/${guide}`);
    await expect(page.getByRole('img', { name: /documento de residencia/ })).toHaveAttribute('lang', 'es');
  });
});

test.describe('the site build', () => {
  test('stops on a broken image, naming its media id and file', () => {
    const folder = mkdtempSync(path.join(outputFolder, 'broken-image-'));
    const snapshotPath = path.join(folder, 'snapshot.json');
    copyFileSync(fixtureSnapshot, snapshotPath);
    const snapshot = JSON.parse(readFileSync(fixtureSnapshot, 'utf8')) as { media: { file: string }[] };
    const [media] = snapshot.media;
    if (!media) throw new Error('The fixture snapshot has no image.');
    const original = readFileSync(path.join(path.dirname(fixtureSnapshot), media.file));
    mkdirSync(path.join(folder, path.dirname(media.file)), { recursive: true });
    // The header survives, the pixels are cut off: what an interrupted upload or copy leaves.
    writeFileSync(path.join(folder, media.file), original.subarray(0, 120));

    const build = buildSite(snapshotPath, path.join(folder, 'site'), publishedUrl);

    expect(build.status).not.toBe(0);
    expect(build.output).toContain('media "media-residence-card", field "file": "media/residence-card.png" is not a readable image');
  });
});
