import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, from this file's own place in it (`release/src/store/`). */
export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
