import * as migration_20261123_113714_initial from './20261123_113714_initial';
import * as migration_20261123_133324_issue5_translation_status from './20261123_133324_issue5_translation_status';

export const migrations = [
  {
    up: migration_20261123_113714_initial.up,
    down: migration_20261123_113714_initial.down,
    name: '20261123_113714_initial',
  },
  {
    up: migration_20261123_133324_issue5_translation_status.up,
    down: migration_20261123_133324_issue5_translation_status.down,
    name: '20261123_133324_issue5_translation_status'
  },
];
