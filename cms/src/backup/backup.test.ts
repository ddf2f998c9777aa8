import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Payload } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../seed/demo-content/index.ts';
import { demoAdminEmail } from '../seed/demoAdmin.ts';
import { seedDemoContent } from '../seed/seedDemoContent.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { type CmsBackup, userSecretFields } from './backupFormat.ts';
import { BackupRejected, parseBackup } from './checkBackup.ts';
import { backedUpCollections, exportBackup } from './exportBackup.ts';
import { importBackup } from './importBackup.ts';
import { restoreOrder } from './restoreDatabase.ts';

/**
 * The one value two backups of the same content must differ in: when each was made. Everything else — ids, dates,
 * every language, drafts and versions, translation markers, accounts (without their secrets), site builds, jobs,
 * globals and the bytes of every uploaded file — must come back exactly.
 */
async function failureOf(attempt: Promise<unknown>): Promise<Error> {
  const failure = await attempt.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(failure instanceof Error)) throw new Error('it succeeded');
  return failure;
}

function comparable(backup: CmsBackup): Omit<CmsBackup, 'createdAt'> {
  const { createdAt: _madeAt, ...rest } = backup;
  return rest;
}

describe('whole-CMS backup', () => {
  let test: TestPayload;
  let payload: Payload;
  let original: CmsBackup;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    await seedDemoContent(payload, demoContent, {
      admin: { configuredPassword: 'backup round trip admin password', loginFile: path.join(test.directory, 'demo-admin.json') },
      log: () => {},
    });
    // The demo content has no images: one real upload, shown by a published guide, with its generated sizes.
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a6f97' } })
      .png()
      .toBuffer();
    const image = await payload.create({
      collection: 'media',
      locale: 'es',
      data: { alt: 'Oficina de migración' },
      file: { data: png, mimetype: 'image/png', name: 'oficina.png', size: png.length },
    });
    await payload.update({ collection: 'media', id: image.id, locale: 'en', data: { alt: 'Migration office' } });
    const guide = (await payload.find({ collection: 'guides', limit: 1, sort: 'id', depth: 0 })).docs[0];
    if (!guide) throw new Error('the demo content has no guide');
    await payload.update({ collection: 'guides', id: guide.id, data: { image: image.id, _status: 'published' }, depth: 0 });
    await payload.create({ collection: 'site-builds', data: { status: 'live', summary: 'Publicado: guía' } });
    original = await exportBackup(payload, { mediaDir: test.mediaDir });
  }, 600_000);
  afterAll(async () => {
    await test?.stop();
  });

  it('holds every collection, language, draft, version and file, and no account secret', () => {
    expect(Object.keys(original.collections).sort()).toEqual(backedUpCollections(payload).sort());
    expect(original.collections.guides?.versions?.length).toBeGreaterThan(original.collections.guides?.documents.length ?? 0);
    expect(original.collections.guides?.documents.some((guide) => guide._status === 'draft')).toBe(true);
    const image = original.collections.media?.documents[0];
    expect(image?.alt).toEqual({ es: 'Oficina de migración', en: 'Migration office' });
    // The original and its three sizes (thumbnail, medium, large).
    expect(original.files).toHaveLength(4);
    const users = original.collections.users?.documents ?? [];
    expect(users.length).toBe(4);
    for (const user of users) for (const secret of userSecretFields) expect(user).not.toHaveProperty(secret);
    expect(JSON.stringify(users)).not.toMatch(/"(hash|salt|apiKey)":/);
  });

  it('restores into an emptied CMS exactly what was exported', async () => {
    for (const slug of [...restoreOrder(payload)].reverse()) {
      if (payload.collections[slug].config.versions) await payload.db.deleteVersions({ collection: slug, where: {} });
      await payload.db.deleteMany({ collection: slug, where: {} });
    }
    await rm(test.mediaDir, { recursive: true, force: true });
    expect(await payload.db.count({ collection: 'guides', where: {} })).toEqual({ totalDocs: 0 });

    const report = await importBackup(payload, await parseBackup(payload, JSON.stringify(original), 'backup.json'), {
      mediaDir: test.mediaDir,
    });
    const restored = await exportBackup(payload, { mediaDir: test.mediaDir });

    expect(comparable(restored)).toEqual(comparable(original));
    expect(report.files).toBe(4);
    expect((await readdir(test.mediaDir)).sort()).toEqual(original.files.map((file) => file.filename));
    console.info(
      'backup round trip:',
      Object.fromEntries(
        Object.entries(original.collections).map(([slug, entry]) => [
          slug,
          { documents: entry.documents.length, versions: entry.versions?.length },
        ]),
      ),
      `${original.files.length} files`,
    );
  });

  it('signs nobody in with a restored account until a new password is set', async () => {
    const failure = await failureOf(
      payload.login({ collection: 'users', data: { email: demoAdminEmail, password: 'backup round trip admin password' } }),
    );
    expect(failure.message).toMatch(/incorrect/i);
  });

  describe('a file that cannot be restored changes nothing', () => {
    async function expectUnchanged(attempt: () => Promise<unknown>): Promise<unknown> {
      const before = comparable(await exportBackup(payload, { mediaDir: test.mediaDir }));
      const filesBefore = await readdir(test.mediaDir);
      const failure = await failureOf(attempt());
      expect(comparable(await exportBackup(payload, { mediaDir: test.mediaDir }))).toEqual(before);
      expect(await readdir(test.mediaDir)).toEqual(filesBefore);
      expect(await readdir(path.dirname(test.mediaDir))).not.toContainEqual(expect.stringMatching(/restoring|before-restore/));
      return failure;
    }
    const restore = async (text: string) =>
      importBackup(payload, await parseBackup(payload, text, 'bad.json'), { mediaDir: test.mediaDir });

    it('refuses text that is not JSON', async () => {
      const failure = await expectUnchanged(() => restore(JSON.stringify(original).slice(0, 5000)));
      expect(failure).toBeInstanceOf(BackupRejected);
      expect((failure as Error).message).toMatch(/bad\.json cannot be restored; nothing was changed:\n- it is not JSON/);
    });

    it('refuses a file of another format version, naming what is wrong', async () => {
      const failure = await expectUnchanged(() => restore(JSON.stringify({ ...original, version: 2, files: 'none' })));
      expect((failure as BackupRejected).problems).toEqual([expect.stringMatching(/^version: /), expect.stringMatching(/^files: /)]);
    });

    it('refuses a document pointing at one the backup does not hold, and an account carrying a password hash', async () => {
      const broken = structuredClone(original) as CmsBackup;
      const guide = broken.collections.guides?.documents[0];
      const user = broken.collections.users?.documents[0];
      if (!guide || !user) throw new Error('no guide or account to break');
      guide.topic = 9999;
      user.hash = 'a stolen hash';
      const failure = await expectUnchanged(() => restore(JSON.stringify(broken)));
      expect((failure as BackupRejected).problems).toEqual([
        `guides ${guide.id}, field "topic": points at topics 9999, which the backup does not contain`,
        `users ${user.id} carries secrets a backup must not hold: hash`,
      ]);
    });

    it('rolls back a restore that fails half-way, after every collection was emptied and some rewritten', async () => {
      const broken = structuredClone(original) as CmsBackup;
      // Valid for the format, but the database refuses it: a topic's kind is a required column.
      const topics = broken.collections.topics?.documents ?? [];
      const lastTopic = topics.at(-1);
      if (!lastTopic) throw new Error('no topic to break');
      lastTopic.kind = null;
      expect(restoreOrder(payload).indexOf('topics')).toBeGreaterThan(0);
      const failure = await expectUnchanged(() => restore(JSON.stringify(broken)));
      expect((failure as Error).message).toMatch(`Restoring topics ${lastTopic.id} failed, so nothing was restored`);
    });
  });
});
