import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

/** The snapshot's text with the export's clock taken out: everything else must be byte for byte the same. */
const withoutGeneratedAt = (text: string) => text.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""');

/**
 * Checks that two exports wrote the same folder: the same snapshot (parsed, for a readable difference, then byte for
 * byte) except `generatedAt`, the same index of what was exported, and the same image files with the same bytes.
 */
export async function expectSameSnapshotFolders(actualFile: string, expectedFile: string): Promise<void> {
  const [actual, expected] = await Promise.all([readFile(actualFile, 'utf8'), readFile(expectedFile, 'utf8')]);
  const parsed = (text: string) => ({ ...JSON.parse(text), generatedAt: undefined });
  expect(parsed(actual)).toEqual(parsed(expected));
  expect(withoutGeneratedAt(actual)).toBe(withoutGeneratedAt(expected));

  const index = async (file: string) => {
    const { snapshotSha256: _, ...rest } = JSON.parse(await readFile(path.join(path.dirname(file), 'export-index.json'), 'utf8'));
    return rest;
  };
  expect(await index(actualFile)).toEqual(await index(expectedFile));

  const [actualMedia, expectedMedia] = await Promise.all([mediaFiles(actualFile), mediaFiles(expectedFile)]);
  expect(actualMedia).toEqual(expectedMedia);
}

/** Every file in `media/` beside the snapshot, by name, with its bytes. */
async function mediaFiles(snapshotFile: string): Promise<Record<string, Buffer>> {
  const folder = path.join(path.dirname(snapshotFile), 'media');
  if (!existsSync(folder)) return {};
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name))] as const)));
}
