import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../testing/buildSite.ts';
import { fixtureSnapshot, outputFolder, publishedUrl } from '../testing/paths.ts';
import { expect, test } from './testing/test.ts';

test.describe('the site build', () => {
  test('fails on an invalid snapshot and lists every problem', () => {
    const folder = mkdtempSync(path.join(outputFolder, 'invalid-build-'));
    const snapshot = JSON.parse(readFileSync(fixtureSnapshot, 'utf8'));
    snapshot.guides[0].title = { en: 'Work permit' };
    snapshot.services[0].phones[0].number = 'call us';
    const snapshotPath = path.join(folder, 'snapshot.json');
    writeFileSync(snapshotPath, JSON.stringify(snapshot));

    const build = buildSite(snapshotPath, path.join(folder, 'site'), publishedUrl);

    expect(build.status).not.toBe(0);
    expect(build.output).toContain('guides "permiso-de-trabajo" (costa-rica), field "title": has no text in the default language "es"');
    expect(build.output).toContain('services "asesoria-legal-san-jose" (costa-rica), field "phones.0.number"');
  });
});
