import * as migration_20261123_113714_initial from './20261123_113714_initial';
import * as migration_20261123_142047_issue5_editors_workflow from './20261123_142047_issue5_editors_workflow';
import * as migration_20261205_120023_site_builds_by_shard from './20261205_120023_site_builds_by_shard';
import * as migration_20261205_135720_index_locale_parents from './20261205_135720_index_locale_parents';
import * as migration_20261206_062644_recruiters_and_reader_reports from './20261206_062644_recruiters_and_reader_reports';

export const migrations = [
  {
    up: migration_20261123_113714_initial.up,
    down: migration_20261123_113714_initial.down,
    name: '20261123_113714_initial',
  },
  {
    up: migration_20261123_142047_issue5_editors_workflow.up,
    down: migration_20261123_142047_issue5_editors_workflow.down,
    name: '20261123_142047_issue5_editors_workflow',
  },
  {
    up: migration_20261205_120023_site_builds_by_shard.up,
    down: migration_20261205_120023_site_builds_by_shard.down,
    name: '20261205_120023_site_builds_by_shard',
  },
  {
    up: migration_20261205_135720_index_locale_parents.up,
    down: migration_20261205_135720_index_locale_parents.down,
    name: '20261205_135720_index_locale_parents',
  },
  {
    up: migration_20261206_062644_recruiters_and_reader_reports.up,
    down: migration_20261206_062644_recruiters_and_reader_reports.down,
    name: '20261206_062644_recruiters_and_reader_reports'
  },
];
