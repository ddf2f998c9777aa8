import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphsToRichText } from '../seed/lexical.ts';
import { spanishGuide } from '../testing/fixtures.ts';
import { rejectionOf } from '../testing/rejection.ts';
import { useCmsWithCountryAndTopic } from '../testing/startTestPayload.ts';
import { exportSnapshot } from './exportSnapshot.ts';
import { localApiSource } from './localApiSource.ts';

/**
 * Hostile and malformed content typed or pasted into the CMS (or sent to its API): each is either saved as the
 * text it is, and reaches the snapshot as text, or refused on save with the document, field and language named.
 * Never a crash. The site's side (escaping, sanitising, the build's checks) is tested in tests/hostile/.
 */

const script = '<script>window.__pwned=1</script>';
const handler = '<img src=x onerror="window.__pwned=1">';
const longWord = 'Desplazamiento'.repeat(715).slice(0, 10_000);
const rightToLeftAndEmoji = 'تصريح العمل (2026) 👩🏽‍⚕️ Z̷̢̛͓̈́a̵̰̅l̶̨͝g̴̱̈o̵̧͌';

/** Rich text with one paragraph holding a link, as the editor stores it. */
function richTextWithLink(fields: Record<string, unknown>) {
  const body = paragraphsToRichText(['Más información: ']);
  const paragraph = body.root.children[0] as unknown as { children: unknown[] };
  paragraph.children.push({
    type: 'link',
    version: 3,
    fields,
    children: [{ type: 'text', text: 'aquí', format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
  });
  return body;
}

describe('hostile content in the CMS', () => {
  const cms = useCmsWithCountryAndTopic();
  const exports = mkdtempSync(path.join(os.tmpdir(), 'infohub-hostile-exports-'));
  afterAll(() => rmSync(exports, { recursive: true, force: true }));
  const exportTo = (name: string) =>
    exportSnapshot(localApiSource(cms.payload, { description: 'the test database', mediaDir: path.join(exports, 'media') }), {
      outFile: path.join(exports, name, 'snapshot.json'),
    });

  it('saves scripts, event handlers and HTML in every text field as text, and exports them as text, escaped in rich text', async () => {
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: {
        ...spanishGuide(cms.ids, 'Permiso'),
        title: `<b>Permiso</b> ${script}`,
        slug: 'permiso-hostil',
        summary: `${handler} ${rightToLeftAndEmoji}`,
        body: paragraphsToRichText([`${script} ${handler}`, longWord]),
        requiredDocuments: [{ name: script, details: handler }],
        steps: [{ title: handler, details: script }],
        cost: script,
        _status: 'published',
      },
    });
    expect(guide.title).toBe(`<b>Permiso</b> ${script}`);

    const { snapshot } = await exportTo('scripts');
    const exported = snapshot.guides.find((candidate) => candidate.slug === 'permiso-hostil');
    expect(exported?.title.es).toBe(`<b>Permiso</b> ${script}`);
    expect(exported?.summary.es).toBe(`${handler} ${rightToLeftAndEmoji}`);
    expect(exported?.requiredDocuments[0]?.name.es).toBe(script);
    // The editor's text becomes HTML text: the tags are escaped, never elements.
    expect(exported?.bodyHtml?.es).not.toMatch(/<script|<img/);
    expect(exported?.bodyHtml?.es).toContain('&lt;script&gt;');
    expect(exported?.bodyHtml?.es).toContain(longWord);
  });

  it('saves and exports a body of 1 MB without trouble', async () => {
    const paragraph = `Párrafo ${rightToLeftAndEmoji} `.repeat(40);
    const paragraphs = Array.from({ length: Math.ceil(1_048_576 / paragraph.length) }, () => paragraph);
    const guide = await cms.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(cms.ids, 'Manual completo'), body: paragraphsToRichText(paragraphs), _status: 'published' },
    });
    expect(guide.id).toBeDefined();
    const { snapshot } = await exportTo('megabyte');
    expect(snapshot.guides.find((candidate) => candidate.slug === 'manual-completo')?.bodyHtml?.es?.length).toBeGreaterThan(1_000_000);
  });

  it('refuses javascript:, data: and vbscript: links in rich text, naming the document, field and language', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'guides',
        locale: 'es',
        data: {
          ...spanishGuide(cms.ids, 'Enlaces peligrosos'),
          body: richTextWithLink({ linkType: 'custom', url: 'javascript:window.__pwned=1', newTab: false }),
        },
      }),
    );
    expect(details).toEqual([
      expect.stringMatching(
        /^new guides document, field "body": In the Spanish version: the link "javascript:window.__pwned=1" uses "javascript:", which is not allowed/,
      ),
    ]);

    const guide = await cms.payload.create({ collection: 'guides', locale: 'es', data: spanishGuide(cms.ids, 'Traducción con enlace') });
    for (const url of ['data:text/html,<script>window.__pwned=1</script>', 'VBScript:msgbox(1)']) {
      const translation = await rejectionOf(
        cms.payload.update({
          collection: 'guides',
          id: guide.id,
          locale: 'en',
          data: { body: richTextWithLink({ linkType: 'custom', url }) },
        }),
      );
      expect(translation).toEqual([
        expect.stringMatching(/^guides #\d+, field "body": In the English version: the link .* is not allowed/),
      ]);
    }
  });

  it('refuses phone numbers no one can dial and opening hours the site cannot read, naming each field', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'services',
        locale: 'es',
        data: {
          name: 'Clínica',
          slug: 'clinica',
          country: cms.ids.country,
          organization: 'Clínica Ejemplo',
          category: 'health',
          status: 'active',
          description: 'Consultas',
          city: 'San José',
          phones: [
            { number: '+5061234', type: 'voice' },
            { number: '2222-3333', type: 'voice' },
          ],
          openingHours: 'lunes a viernes de 8 a 5',
        },
      }),
    );
    expect(details).toEqual([
      expect.stringMatching(/^new services document, field "openingHours": “lunes a viernes de 8 a 5” cannot be read as opening hours/),
      expect.stringMatching(/^new services document, field "phones.0.number": “\+5061234” cannot be dialled: the number of digits/),
      expect.stringMatching(/^new services document, field "phones.1.number": “2222-3333” is not a phone number/),
    ]);
  });

  it('refuses an invisible right-to-left override, which would turn the rest of the text around', async () => {
    const details = await rejectionOf(
      cms.payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide(cms.ids, 'Viajar seguro'), summary: 'Viajar \u202Eseguro' },
      }),
    );
    expect(details).toEqual([
      expect.stringMatching(/^new guides document, field "summary": In the Spanish version: contains an invisible character \(U\+202E\)/),
    ]);
  });

  it('refuses a title of emoji alone, which gives no address, and a missing title, with the field named', async () => {
    const { slug: _slug, ...withoutSlug } = spanishGuide(cms.ids, '👩🏽‍⚕️🏳️‍🌈');
    const emojiOnly = await rejectionOf(
      cms.payload.create({ collection: 'guides', locale: 'es', data: withoutSlug as typeof withoutSlug & { slug: string } }),
    );
    // No slug can be made from it, so the editor is asked for one.
    expect(emojiOnly).toEqual([expect.stringMatching(/^new guides document, field "slug": This field is required/)]);

    const missing = await rejectionOf(
      cms.payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide(cms.ids, 'Sin título'), title: null } as unknown as ReturnType<typeof spanishGuide>,
      }),
    );
    expect(missing).toEqual([expect.stringMatching(/^new guides document, field "title": In the Spanish version: This field is required/)]);
  });
});
