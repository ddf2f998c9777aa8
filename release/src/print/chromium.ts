import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/**
 * Finds the Chromium the browser tests drive. Browser builds cannot be downloaded here, so this is Debian's
 * package: installed with apt when it is missing and we may, otherwise a message saying how.
 */
export function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
    return configured;
  }
  if (existsSync(debianChromium)) return debianChromium;

  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      'The browser tests need Chromium and it is not installed. On Debian or Ubuntu run:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  console.log('Chromium is missing: installing Debian\'s "chromium" package…');
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
    stdio: 'inherit',
  });
  if (install.status !== 0 || !existsSync(debianChromium)) {
    throw new Error('Installing Chromium with apt-get failed (see above). Install the "chromium" package, or set CHROMIUM_PATH.');
  }
  return debianChromium;
}
