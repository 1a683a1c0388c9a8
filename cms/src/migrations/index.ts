import * as migration_20261127_122810_initial from './20261127_122810_initial';
import * as migration_20261127_134151_leads from './20261127_134151_leads';

export const migrations = [
  {
    up: migration_20261127_122810_initial.up,
    down: migration_20261127_122810_initial.down,
    name: '20261127_122810_initial',
  },
  {
    up: migration_20261127_134151_leads.up,
    down: migration_20261127_134151_leads.down,
    name: '20261127_134151_leads'
  },
];
