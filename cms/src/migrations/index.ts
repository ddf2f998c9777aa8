import * as migration_20261123_113714_initial from './20261123_113714_initial';

export const migrations = [
  {
    up: migration_20261123_113714_initial.up,
    down: migration_20261123_113714_initial.down,
    name: '20261123_113714_initial'
  },
];
