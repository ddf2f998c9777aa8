import { describe, expect, it } from 'vitest';
import { requireDebianTools } from './debianTools.ts';

describe('requireDebianTools', () => {
  it('passes when every command is installed', () => {
    expect(() => requireDebianTools([{ command: 'sh', aptPackage: 'dash' }])).not.toThrow();
  });

  it('names each missing command and the apt package to install, once per package', () => {
    const tools = [
      { command: 'sh', aptPackage: 'dash' },
      { command: 'infohub-no-such-tool-a', aptPackage: 'made-up-utils' },
      { command: 'infohub-no-such-tool-b', aptPackage: 'made-up-utils' },
    ];
    expect(() => requireDebianTools(tools)).toThrow(
      'The PDF tests need infohub-no-such-tool-a, infohub-no-such-tool-b, which are not installed. On Debian or Ubuntu run:\n  sudo apt-get install -y made-up-utils',
    );
  });
});
