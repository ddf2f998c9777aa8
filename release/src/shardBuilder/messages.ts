import type { ShardBatchResult } from '../build/buildShards.ts';

/** What a site worker asks its shard builder process for: these shards of this planned release. */
export interface ShardBuildRequest {
  release: string;
  shards: string[];
}

/** The builder's answer to one request, and how much memory it holds after it (its owner retires it when too much). */
export interface ShardBuildReply {
  answer: ShardBatchResult | { error: string; log?: string };
  residentBytes: number;
}
