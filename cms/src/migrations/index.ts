import * as migration_20261127_122810_initial from './20261127_122810_initial';
import * as migration_20261127_133740_investor_content_model from './20261127_133740_investor_content_model';

export const migrations = [
  {
    up: migration_20261127_122810_initial.up,
    down: migration_20261127_122810_initial.down,
    name: '20261127_122810_initial',
  },
  {
    up: migration_20261127_133740_investor_content_model.up,
    down: migration_20261127_133740_investor_content_model.down,
    name: '20261127_133740_investor_content_model'
  },
];
