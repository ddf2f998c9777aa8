import { linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Hard-links a file into place: the new release shares the bytes of the live one, so reusing a shard costs one
 * directory entry per file, not a copy. A file already there is left alone: release files are named by what they
 * hold (shard folders are rebuilt whole, `_astro/` names carry a hash), so an existing one is the same file.
 */
export function linkFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkIntoFolder(from, to);
}

function linkIntoFolder(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Hard-links every file of a folder tree into another folder, making the folders as it goes. Returns the file count. */
export function linkTree(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  return linkChildren(from, to);
}

function linkChildren(from: string, to: string): number {
  let files = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      // Its parent was just made: a plain mkdir, at about half the cost of a recursive one (a page is a folder, so
      // linking a large shard makes thousands).
      makeFolder(target);
      files += linkChildren(source, target);
    } else {
      linkIntoFolder(source, target);
      files += 1;
    }
  }
  return files;
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
