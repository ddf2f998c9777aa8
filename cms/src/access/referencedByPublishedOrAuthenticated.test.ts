import type { Payload } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

describe('which images the public can read', () => {
  let test: TestPayload;
  let payload: Payload;
  const image: Record<'published' | 'draft' | 'pending' | 'unused', number> = { published: 0, draft: 0, pending: 0, unused: 0 };

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    const ids = await createCountryAndTopic(payload);
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer();
    for (const name of Object.keys(image) as (keyof typeof image)[]) {
      const created = await payload.create({
        collection: 'media',
        locale: 'es',
        data: { alt: `Imagen ${name}` },
        file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
      });
      image[name] = created.id;
    }
    const published = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Publicada'), image: image.published, _status: 'published' },
    });
    // Unpublished changes that swap the image: the new one stays private until they are published.
    await payload.update({ collection: 'guides', id: published.id, locale: 'es', draft: true, data: { image: image.pending } });
    await payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide(ids, 'Borrador'), image: image.draft, _status: 'draft' },
    });
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('lists only the images published guides show, with their alt text', async () => {
    const { docs } = await payload.find({ collection: 'media', overrideAccess: false });
    expect(docs.map((media) => [media.id, media.alt])).toEqual([[image.published, 'Imagen published']]);
  });

  it('does not give out an image of a draft or of unpublished changes by its id', async () => {
    for (const id of [image.draft, image.pending, image.unused]) {
      await expect(payload.findByID({ collection: 'media', id, overrideAccess: false })).rejects.toThrow();
    }
  });

  it('shows signed-in staff every image', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'a long test password', roles: ['country-editor'] },
    });
    const { docs } = await payload.find({ collection: 'media', overrideAccess: false, user: editor });
    expect(docs.map((media) => media.id).sort()).toEqual(Object.values(image).sort());
  });
});
