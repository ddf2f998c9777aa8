import type { ShardBatchResult } from '../build/buildShards.ts';

/** What a site worker asks its shard builder process for, one request at a time. */
export type ShardBuilderRequest = ShardBuildRequest | WarmUpRequest;

/** These shards of this planned release. */
export interface ShardBuildRequest {
  kind: 'build';
  release: string;
  shards: string[];
}

/**
 * A build of the live release's site-wide shard into a folder thrown away after, which writes nothing into the
 * release store: a new builder's first build loads and compiles what every later one reuses, so a worker asks for
 * this when it replaces its builder, rather than let the next publish pay for it.
 */
export interface WarmUpRequest {
  kind: 'warm-up';
}

/** The builder's answer to one build, and how much memory it holds after it (its owner retires it when too much). */
export interface ShardBuildReply {
  answer: ShardBatchResult | { error: string; log?: string | undefined };
  residentBytes: number;
  /** The release was planned with other code than this builder runs: a builder started since builds it. */
  otherCode?: true;
}

/** Whether the warm-up built (nothing is live on a new site, so there is nothing to build from), and why not. */
export interface WarmUpReply {
  warmedUp: boolean;
  reason?: string;
  residentBytes: number;
}
