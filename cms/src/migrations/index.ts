import * as migration_20261127_122810_initial from './20261127_122810_initial';

export const migrations = [
  {
    up: migration_20261127_122810_initial.up,
    down: migration_20261127_122810_initial.down,
    name: '20261127_122810_initial'
  },
];
