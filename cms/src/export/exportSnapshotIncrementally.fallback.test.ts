import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { expectSameSnapshotFolders } from '../testing/snapshotFolders.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import type { ContentSource } from './contentSource.ts';
import { exportIndexFile } from './exportIndex.ts';
import { exportSnapshot } from './exportSnapshot.ts';
import { exportSnapshotIncrementally } from './exportSnapshotIncrementally.ts';
import { localApiSource } from './localApiSource.ts';
import { readBaseSnapshot } from './readBaseSnapshot.ts';

// When an incremental export cannot vouch for its result, it exports in full and says why: the base is not what
// its index describes, or a document changed between being listed and being read. Invalid content fails the same
// way as a full export, writing nothing.
describe('an incremental export that cannot trust its base or its reads', () => {
  let test: TestPayload;
  let source: ContentSource;
  let ids: { country: number; topic: number };
  let guide: number;
  let base: string;
  const now = new Date('2026-12-01T10:00:00.000Z');
  const file = (folder: string) => path.join(test.directory, folder, 'snapshot.json');

  /** A copy of the base snapshot's folder, to spoil. */
  async function copyOfBase(folder: string): Promise<string> {
    await cp(path.dirname(base), path.join(test.directory, folder), { recursive: true });
    return file(folder);
  }

  async function expectFullExportBecause(reason: RegExp, from: string, folder: string, through: ContentSource = source) {
    const result = await exportSnapshotIncrementally(through, { base: from, outFile: file(folder), now });
    expect(result.report.mode).toBe('full');
    expect(result.report.fullExportReason).toMatch(reason);
    await exportSnapshot(source, { outFile: file(`${folder}-full`), now });
    await expectSameSnapshotFolders(file(folder), file(`${folder}-full`));
  }

  beforeAll(async () => {
    test = await startTestPayload();
    source = localApiSource(test.payload, { mediaDir: test.mediaDir, description: 'the test database' });
    ids = await createCountryAndTopic(test.payload);
    for (const title of ['Permiso de trabajo', 'Visa de estudiante']) {
      guide = (
        await test.payload.create({ collection: 'guides', locale: 'es', data: { ...spanishGuide(ids, title), _status: 'published' } })
      ).id;
    }
    base = (await exportSnapshot(source, { outFile: file('base'), now })).file;
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('exports in full when there is no base snapshot, or no index beside it', async () => {
    await expectFullExportBecause(/there is no base snapshot at /, file('nowhere'), 'from-nothing');
    await mkdir(path.join(test.directory, 'no-index'));
    await writeFile(file('no-index'), await readFile(base));
    await expectFullExportBecause(/has no export-index\.json beside it/, file('no-index'), 'from-no-index');
  });

  it('exports in full when the base snapshot is not the one its index describes', async () => {
    const spoilt = await copyOfBase('edited-by-hand');
    await appendFile(spoilt, '\n');
    await expectFullExportBecause(/is not the snapshot its index describes/, spoilt, 'from-edited');
  });

  it('exports in full when the index was written by other exporting code', async () => {
    const older = await copyOfBase('older-code');
    const indexFile = path.join(path.dirname(older), exportIndexFile);
    await writeFile(indexFile, JSON.stringify({ ...JSON.parse(await readFile(indexFile, 'utf8')), exporter: 'older code' }));
    await expectFullExportBecause(/the exporting code changed/, older, 'from-older-code');
  });

  it('exports in full when a document changes between being listed and being read', async () => {
    await test.payload.update({ collection: 'guides', id: guide, locale: 'es', data: { summary: 'Primer cambio.', _status: 'published' } });
    // An editor publishes again just as the export reads the guide it listed.
    const racing: ContentSource = {
      ...source,
      async findPublished(collection, query) {
        if (collection === 'guides' && query?.ids) {
          await test.payload.update({
            collection: 'guides',
            id: guide,
            locale: 'es',
            data: { summary: 'Segundo cambio.', _status: 'published' },
          });
        }
        return source.findPublished(collection, query);
      },
    };
    await expectFullExportBecause(new RegExp(`^guides #${guide} changed while the export read it$`), base, 'racing', racing);
  });

  it('may write over its base, as a publish exporting in place would', async () => {
    const inPlace = await copyOfBase('in-place');
    await test.payload.update({ collection: 'guides', id: guide, locale: 'en', data: { title: 'Student visa', _status: 'published' } });
    const result = await exportSnapshotIncrementally(source, { base: inPlace, outFile: inPlace, now });
    expect(result.report.mode).toBe('incremental');
    await exportSnapshot(source, { outFile: file('in-place-full'), now });
    await expectSameSnapshotFolders(inPlace, file('in-place-full'));
    // No temporary file is left behind.
    expect((await readdir(path.dirname(inPlace))).sort()).toEqual([exportIndexFile, 'snapshot.json']);
  });

  it('starts from the snapshot this process wrote only while its file is still what was written', async () => {
    const written = await exportSnapshot(source, { outFile: file('remembered'), now });
    const guidesOf = async (snapshotFile: string) => {
      const read = await readBaseSnapshot(snapshotFile);
      if ('unusable' in read) throw new Error(read.unusable);
      return JSON.parse(JSON.stringify([...read.entries.guides.values()])) as { title: { es: string } }[];
    };
    const inFile = (JSON.parse(await readFile(written.file, 'utf8')) as { guides: unknown[] }).guides;
    expect(await guidesOf(written.file)).toEqual(inFile);

    // Another process's export rewrites the folder: a guide's title changed, the index naming the new file.
    const text = (await readFile(written.file, 'utf8')).replace('"Visa de estudiante"', '"Visa de estudios"');
    await writeFile(written.file, text);
    const indexFile = path.join(path.dirname(written.file), exportIndexFile);
    const index = JSON.parse(await readFile(indexFile, 'utf8')) as object;
    await writeFile(indexFile, JSON.stringify({ ...index, snapshotSha256: createHash('sha256').update(text).digest('hex') }));
    expect((await guidesOf(written.file)).map((guide) => guide.title.es)).toContain('Visa de estudios');
  });

  it('writes nothing, and names the document as a full export does, when the content is not valid', async () => {
    const broken = await test.payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Guía rota'), _status: 'published' },
    });
    await test.payload.db.updateOne({ collection: 'guides', id: broken.id, data: { slug: 'Guía Rota' } });

    const incremental = exportSnapshotIncrementally(source, { base, outFile: file('invalid'), now });
    await expect(incremental).rejects.toThrow(/guides "Guía Rota" \(costa-rica\), field "slug": must be lower-case/);
    expect(existsSync(path.dirname(file('invalid')))).toBe(false);
    await test.payload.delete({ collection: 'guides', id: broken.id });
  });
});
