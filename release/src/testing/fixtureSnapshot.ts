import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '@infohub/content-schemas';
import { workspaceRoot } from '../store/workspace.ts';

/** The tests' fixture content: `snapshot.json`, its images, and the words of its test-only language. */
export const fixtureFolder = path.join(workspaceRoot, 'tests', 'fixtures');

/** Writes a snapshot into `folder` beside a copy of the fixture's images, as an export leaves one; returns its file. */
export function writeFixtureSnapshot(folder: string, snapshot: Snapshot): string {
  mkdirSync(folder, { recursive: true });
  cpSync(path.join(fixtureFolder, 'media'), path.join(folder, 'media'), { recursive: true });
  writeFileSync(path.join(folder, 'snapshot.json'), JSON.stringify(snapshot));
  return path.join(folder, 'snapshot.json');
}
