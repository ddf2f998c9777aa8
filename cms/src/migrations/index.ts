import * as migration_20261123_113714_initial from './20261123_113714_initial';
import * as migration_20261123_133401_issue5_roles from './20261123_133401_issue5_roles';
import * as migration_20261123_133049_issue5_publishing from './20261123_133049_issue5_publishing';
import * as migration_20261123_133324_issue5_translation_status from './20261123_133324_issue5_translation_status';
import * as migration_20261123_132955_issue5_review from './20261123_132955_issue5_review';

export const migrations = [
  {
    up: migration_20261123_113714_initial.up,
    down: migration_20261123_113714_initial.down,
    name: '20261123_113714_initial',
  },
  {
    up: migration_20261123_133401_issue5_roles.up,
    down: migration_20261123_133401_issue5_roles.down,
    name: '20261123_133401_issue5_roles'
  },
  {
    up: migration_20261123_133049_issue5_publishing.up,
    down: migration_20261123_133049_issue5_publishing.down,
    name: '20261123_133049_issue5_publishing'
  },
  {
    up: migration_20261123_133324_issue5_translation_status.up,
    down: migration_20261123_133324_issue5_translation_status.down,
    name: '20261123_133324_issue5_translation_status'
  },
  {
    up: migration_20261123_132955_issue5_review.up,
    down: migration_20261123_132955_issue5_review.down,
    name: '20261123_132955_issue5_review'
  },
];
