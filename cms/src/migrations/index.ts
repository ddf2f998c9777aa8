import * as migration_20261123_113714_initial from './20261123_113714_initial';
import * as migration_20261123_132955_issue5_review from './20261123_132955_issue5_review';

export const migrations = [
  {
    up: migration_20261123_113714_initial.up,
    down: migration_20261123_113714_initial.down,
    name: '20261123_113714_initial',
  },
  {
    up: migration_20261123_132955_issue5_review.up,
    down: migration_20261123_132955_issue5_review.down,
    name: '20261123_132955_issue5_review'
  },
];
