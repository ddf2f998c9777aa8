import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PayloadOverHttp, servePayloadOverHttp, signIn } from '../../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../../testing/startTestPayload.ts';

const password = 'uploads checked over http';

describe('uploading images over HTTP', () => {
  let test: TestPayload;
  let http: PayloadOverHttp;
  let token: string;

  beforeAll(async () => {
    test = await startTestPayload();
    await test.payload.create({ collection: 'users', data: { email: 'editor@example.org', password, roles: ['admin'] } });
    http = await servePayloadOverHttp(test);
    token = await signIn(http, 'editor@example.org', password);
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  /** Sends a file as the admin's upload form does: the file and the other fields as `_payload`. */
  async function upload(name: string, content: Buffer, claimedType: string) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type: claimedType }), name);
    form.append('_payload', JSON.stringify({ alt: `Imagen ${name}` }));
    const response = await fetch(`${http.baseUrl}/api/media?locale=es`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    });
    const body = (await response.json()) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] };
    return { status: response.status, message: body.errors?.[0]?.data?.errors?.[0]?.message ?? body.errors?.[0]?.message ?? '' };
  }

  const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#6a994e' } });

  it('stores a photo and makes its sizes', async () => {
    const { status } = await upload('mercado.jpg', await photo(1600, 1200).jpeg().toBuffer(), 'image/jpeg');
    expect(status).toBe(201);
  });

  it('goes by what the file is, not its name: a PNG named .jpg is stored, a text file named .png is refused', async () => {
    expect((await upload('renamed.jpg', await photo(400, 300).png().toBuffer(), 'image/jpeg')).status).toBe(201);
    const refused = await upload('notes.png', Buffer.from('<script>alert(1)</script> not a picture at all'), 'image/png');
    expect(refused).toEqual({ status: 400, message: expect.stringContaining('"notes.png" is not an image this site can show') });
  });

  it('refuses an SVG, which can carry scripts, even when it claims to be a PNG', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>',
    );
    const refused = await upload('logo.png', svg, 'image/png');
    expect(refused).toEqual({
      status: 400,
      message: expect.stringContaining('"logo.png" is a SVG, not one of the image types the site shows (JPEG, PNG, WebP, AVIF)'),
    });
  });

  it('refuses a 50-megapixel image (a small file that would take gigabytes to decode) before decoding it', async () => {
    const bomb = await photo(10_000, 5_000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await upload('panorama.png', bomb, 'image/png');
    expect(refused).toEqual({
      status: 400,
      message: expect.stringContaining('"panorama.png" is 50.0 megapixels; an image may be at most 25.0 megapixels'),
    });
  });

  it('refuses a damaged file whose header looks right', async () => {
    const jpeg = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#000', noise: { type: 'gaussian' as const, mean: 128, sigma: 40 } },
    })
      .jpeg()
      .toBuffer();
    const refused = await upload('cut-off.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'image/jpeg');
    expect(refused).toEqual({ status: 400, message: expect.stringContaining('"cut-off.jpg" is a damaged JPEG file that cannot be read') });
  });

  it('cuts off a file over 10 MB while it arrives', async () => {
    const huge = Buffer.concat([await photo(100, 100).png().toBuffer(), Buffer.alloc(11 * 1024 * 1024)]);
    expect(await upload('huge.png', huge, 'image/png')).toEqual({
      status: 413,
      message: 'The file is larger than 10 MB, the most an image may be.',
    });
  });

  // Payload names a stored file by what it is: the PNG sent as renamed.jpg is kept as renamed.png.
  it('stored only the two acceptable images', async () => {
    const { docs } = await test.payload.find({ collection: 'media', depth: 0 });
    expect(docs.map((image) => image.filename).sort()).toEqual(['mercado.jpg', 'renamed.png']);
  });
});
