import { fileURLToPath } from 'node:url';

/** The repository root, whichever folder a command is started from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the commands keep what they make at run time: snapshots, built sites, test reports (gitignored). */
export const varDir = `${repoRoot}var`;
