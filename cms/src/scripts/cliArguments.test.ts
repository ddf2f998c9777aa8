import { describe, expect, it } from 'vitest';
import { scriptArguments, withLocalHostByDefault } from './cliArguments.ts';

describe('script arguments', () => {
  it('drops the separators that pnpm and `payload run` pass on', () => {
    expect(scriptArguments(['node', 'payload', '--', '--out', 'snapshot.json'])).toEqual(['--out', 'snapshot.json']);
    expect(scriptArguments(['node', 'payload', '--', '--', '--out', 'snapshot.json'])).toEqual(['--out', 'snapshot.json']);
    expect(scriptArguments(['node', 'payload', '--out', 'a', '--', 'b'])).toEqual(['--out', 'a', '--', 'b']);
  });

  it('starts the server on 127.0.0.1 unless a host is given', () => {
    expect(withLocalHostByDefault(['-p', '3001'], {})).toEqual(['-p', '3001', '-H', '127.0.0.1']);
    expect(withLocalHostByDefault(['-p', '3001'], { HOSTNAME: '0.0.0.0' })).toEqual(['-p', '3001', '-H', '0.0.0.0']);
    expect(withLocalHostByDefault(['-H', '0.0.0.0'], {})).toEqual(['-H', '0.0.0.0']);
    expect(withLocalHostByDefault(['--hostname=::', '-p', '80'], { HOSTNAME: 'box' })).toEqual(['--hostname=::', '-p', '80']);
    expect(withLocalHostByDefault(['--hostname', 'cms.local'], {})).toEqual(['--hostname', 'cms.local']);
  });
});
