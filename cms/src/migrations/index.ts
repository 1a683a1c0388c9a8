import * as migration_20261127_122810_initial from './20261127_122810_initial';
import * as migration_20261127_133740_investor_content_model from './20261127_133740_investor_content_model';
import * as migration_20261127_144828_leads from './20261127_144828_leads';
import * as migration_20261127_160336_editorial_versions from './20261127_160336_editorial_versions';
import * as migration_20261127_161005_editorial_workflow from './20261127_161005_editorial_workflow';
import * as migration_20261127_161010_publishing from './20261127_161010_publishing';
import * as migration_20261127_165000_locale_parent_indexes from './20261127_165000_locale_parent_indexes';
import * as migration_20261127_174309_snapshot_after_merge from './20261127_174309_snapshot_after_merge';
import * as migration_20261127_185218_search_collection from './20261127_185218_search_collection';
import * as migration_20261201_103654_slug_follows_title from './20261201_103654_slug_follows_title';
import * as migration_20261201_113439_user_role_no_default from './20261201_113439_user_role_no_default';
import * as migration_20261201_114000_clean_lead_data from './20261201_114000_clean_lead_data';
import * as migration_20261201_115000_replies_timeline from './20261201_115000_replies_timeline';
import * as migration_20261201_120000_snapshot_after_merge from './20261201_120000_snapshot_after_merge';
import * as migration_20261201_120500_followup from './20261201_120500_followup';
import * as migration_20261201_120600_duplicates from './20261201_120600_duplicates';
import * as migration_20261201_122047_lead_desk_snapshot_after_merge from './20261201_122047_lead_desk_snapshot_after_merge';
import * as migration_20261201_165313_investment_pipeline from './20261201_165313_investment_pipeline';
import * as migration_20261201_165754_project_entered_on_optional from './20261201_165754_project_entered_on_optional';

export const migrations = [
  {
    up: migration_20261127_122810_initial.up,
    down: migration_20261127_122810_initial.down,
    name: '20261127_122810_initial',
  },
  {
    up: migration_20261127_133740_investor_content_model.up,
    down: migration_20261127_133740_investor_content_model.down,
    name: '20261127_133740_investor_content_model',
  },
  {
    up: migration_20261127_144828_leads.up,
    down: migration_20261127_144828_leads.down,
    name: '20261127_144828_leads',
  },
  {
    up: migration_20261127_160336_editorial_versions.up,
    down: migration_20261127_160336_editorial_versions.down,
    name: '20261127_160336_editorial_versions',
  },
  {
    up: migration_20261127_161005_editorial_workflow.up,
    down: migration_20261127_161005_editorial_workflow.down,
    name: '20261127_161005_editorial_workflow',
  },
  {
    up: migration_20261127_161010_publishing.up,
    down: migration_20261127_161010_publishing.down,
    name: '20261127_161010_publishing',
  },
  {
    up: migration_20261127_165000_locale_parent_indexes.up,
    down: migration_20261127_165000_locale_parent_indexes.down,
    name: '20261127_165000_locale_parent_indexes',
  },
  {
    up: migration_20261127_174309_snapshot_after_merge.up,
    down: migration_20261127_174309_snapshot_after_merge.down,
    name: '20261127_174309_snapshot_after_merge',
  },
  {
    up: migration_20261127_185218_search_collection.up,
    down: migration_20261127_185218_search_collection.down,
    name: '20261127_185218_search_collection',
  },
  {
    up: migration_20261201_103654_slug_follows_title.up,
    down: migration_20261201_103654_slug_follows_title.down,
    name: '20261201_103654_slug_follows_title',
  },
  {
    up: migration_20261201_113439_user_role_no_default.up,
    down: migration_20261201_113439_user_role_no_default.down,
    name: '20261201_113439_user_role_no_default',
  },
  {
    up: migration_20261201_114000_clean_lead_data.up,
    down: migration_20261201_114000_clean_lead_data.down,
    name: '20261201_114000_clean_lead_data',
  },
  {
    up: migration_20261201_115000_replies_timeline.up,
    down: migration_20261201_115000_replies_timeline.down,
    name: '20261201_115000_replies_timeline',
  },
  {
    up: migration_20261201_120000_snapshot_after_merge.up,
    down: migration_20261201_120000_snapshot_after_merge.down,
    name: '20261201_120000_snapshot_after_merge',
  },
  {
    up: migration_20261201_120500_followup.up,
    down: migration_20261201_120500_followup.down,
    name: '20261201_120500_followup',
  },
  {
    up: migration_20261201_120600_duplicates.up,
    down: migration_20261201_120600_duplicates.down,
    name: '20261201_120600_duplicates',
  },
  {
    up: migration_20261201_122047_lead_desk_snapshot_after_merge.up,
    down: migration_20261201_122047_lead_desk_snapshot_after_merge.down,
    name: '20261201_122047_lead_desk_snapshot_after_merge',
  },
  {
    up: migration_20261201_165313_investment_pipeline.up,
    down: migration_20261201_165313_investment_pipeline.down,
    name: '20261201_165313_investment_pipeline',
  },
  {
    up: migration_20261201_165754_project_entered_on_optional.up,
    down: migration_20261201_165754_project_entered_on_optional.down,
    name: '20261201_165754_project_entered_on_optional',
  },
];
