import * as migration_20261123_112912_initial from './20261123_112912_initial';

export const migrations = [
  {
    up: migration_20261123_112912_initial.up,
    down: migration_20261123_112912_initial.down,
    name: '20261123_112912_initial'
  },
];
