import { spawnSync } from 'node:child_process';

/** A command-line tool the tests run, and the Debian package that provides it. */
export interface DebianTool {
  command: string;
  aptPackage: string;
}

/** What the PDF tests read sheets with: text, page count, page images, and QR codes in those images. */
export const pdfTestTools: readonly DebianTool[] = [
  { command: 'pdftotext', aptPackage: 'poppler-utils' },
  { command: 'pdfinfo', aptPackage: 'poppler-utils' },
  { command: 'pdftoppm', aptPackage: 'poppler-utils' },
  { command: 'zbarimg', aptPackage: 'zbar-tools' },
];

function isInstalled(command: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$0"', command], { stdio: 'ignore' }).status === 0;
}

/**
 * Fails, naming the apt packages to install, when a tool is missing; CI installs them in `.ci/run`, a developer's
 * machine may not have them.
 */
export function requireDebianTools(tools: readonly DebianTool[] = pdfTestTools): void {
  const missing = tools.filter((tool) => !isInstalled(tool.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((tool) => tool.aptPackage))];
  throw new Error(
    `The PDF tests need ${missing.map((tool) => tool.command).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed. ` +
      `On Debian or Ubuntu run:\n  sudo apt-get install -y ${packages.join(' ')}`,
  );
}
