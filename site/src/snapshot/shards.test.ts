import { describe, expect, it } from 'vitest';
import { testSnapshot } from '~/testing/snapshot.ts';
import { shardContent, shardsToRender } from './shards.ts';

describe('shardsToRender', () => {
  it('renders every shard when none is asked for', () => {
    expect(shardsToRender(testSnapshot(), undefined).map((shard) => shard.id)).toEqual([
      'site',
      'es/guatemala',
      'en/guatemala',
      'ht/guatemala',
    ]);
  });

  it('renders only the shards asked for, in the snapshot’s order', () => {
    expect(shardsToRender(testSnapshot(), ['ht/guatemala', 'site']).map((shard) => shard.id)).toEqual(['site', 'ht/guatemala']);
  });

  it('refuses a shard the snapshot does not have, listing the ones it has', () => {
    expect(() => shardsToRender(testSnapshot(), ['es/narnia'])).toThrow(/does not have: es\/narnia\. Its shards: site, es\/guatemala/);
  });
});

describe('shardContent', () => {
  it('is worked out once per shard of a snapshot', () => {
    const snapshot = testSnapshot();
    const [, guatemala] = shardsToRender(snapshot, undefined);
    expect(guatemala && shardContent(snapshot, guatemala)).toBe(guatemala && shardContent(snapshot, guatemala));
  });
});
