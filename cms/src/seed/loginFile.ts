import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The parsed contents of a recorded login file, `undefined` when there is none yet, and `null` for a file that is
 * not JSON (each caller says what it expected there).
 */
export function readLoginFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Written aside, readable by its owner only, then renamed into place: a reader never sees half a file. */
export function writeLoginFile(file: string, contents: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const pending = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(pending, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
    renameSync(pending, file);
  } finally {
    rmSync(pending, { force: true });
  }
}
