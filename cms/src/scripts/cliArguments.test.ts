import { describe, expect, it } from 'vitest';
import { scriptArguments } from './cliArguments.ts';

describe('script arguments', () => {
  it('drops the separators that pnpm and `payload run` pass on', () => {
    expect(scriptArguments(['node', 'payload', '--', '--out', 'snapshot.json'])).toEqual(['--out', 'snapshot.json']);
    expect(scriptArguments(['node', 'payload', '--', '--', '--out', 'snapshot.json'])).toEqual(['--out', 'snapshot.json']);
    expect(scriptArguments(['node', 'payload', '--out', 'a', '--', 'b'])).toEqual(['--out', 'a', '--', 'b']);
  });
});
