import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload';
import { scheduleAlertRebuilds } from './alertSchedule.ts';
import { rebuildAfterGlobalChange, rebuildOnChange, rebuildOnPublish } from './rebuildHooks.ts';
import { rebuildNowEndpoint } from './rebuildNow.ts';
import { SiteBuilds } from './SiteBuilds.ts';
import { publicPageEndpoint, siteBuildStatusEndpoint } from './siteBuildEndpoints.ts';
import { siteBuildQueue } from './siteReleases.ts';
import { buildSiteShardTask } from './tasks/buildSiteShard.ts';
import { finishSiteReleaseTask } from './tasks/finishSiteRelease.ts';
import { planSiteReleaseTask } from './tasks/planSiteRelease.ts';
import { siteChangeDueTask } from './tasks/siteChangeDue.ts';

type Hooks = NonNullable<CollectionConfig['hooks']>;

/** Above the edit form of what is published: after Publish, where the page is on the public site (no stored value). */
const publishedOnSiteField: Field = {
  name: 'publishedOnSite',
  type: 'ui',
  admin: { components: { Field: '/publishing/admin/PublishedOnSite.tsx#PublishedOnSite' }, disableListColumn: true },
};

function withHooks(collection: CollectionConfig, extra: Hooks): CollectionConfig {
  const hooks: Hooks = { ...collection.hooks };
  for (const [name, added] of Object.entries(extra) as [keyof Hooks, unknown[]][]) {
    (hooks[name] as unknown[]) = [...((collection.hooks?.[name] as unknown[] | undefined) ?? []), ...added];
  }
  return { ...collection, hooks };
}

/** What each collection's changes mean for the public site. */
function publishing(collection: CollectionConfig): CollectionConfig {
  const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined;
  if (drafts) {
    const scheduled: CollectionConfig = {
      ...collection,
      // Editors can pick "Schedule publish" / unpublish; Payload queues a job that the runner below carries out.
      versions: { ...(collection.versions as object), drafts: { ...(typeof drafts === 'object' ? drafts : {}), schedulePublish: true } },
    };
    const withRebuilds = withHooks({ ...scheduled, fields: [publishedOnSiteField, ...scheduled.fields] }, rebuildOnPublish);
    return collection.slug === 'alerts' ? withHooks(withRebuilds, { afterChange: [scheduleAlertRebuilds] }) : withRebuilds;
  }
  if (collection.slug === 'countries' || collection.slug === 'topics')
    return withHooks(collection, rebuildOnChange({ includeCreate: true }));
  // A new image shows nowhere until a guide using it is published; a changed or removed one may show already.
  if (collection.upload) return withHooks(collection, rebuildOnChange({ includeCreate: false }));
  return collection;
}

function globalPublishing(global: GlobalConfig): GlobalConfig {
  if (global.slug !== 'site-settings') return global;
  return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), rebuildAfterGlobalChange] } };
}

/**
 * Publishing to the site: scheduled publish and unpublish, a site release after every change the public can see
 * (debounced, one at a time), built by shards as jobs of Payload's queue, the `site-builds` record and its status
 * line in the admin, and "Rebuild now" for admins.
 *
 * The CMS server runs the `site` queue (plan a release, finish it) and the `default` one (scheduled publishing);
 * the shard builds run in the `site-shards` queue, in worker processes of their own (`site-worker`, Payload's
 * `jobs:run`), as many as `INFOHUB_SITE_WORKERS`.
 */
export const sitePublishing =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map(publishing),
      { ...SiteBuilds, endpoints: [rebuildNowEndpoint, siteBuildStatusEndpoint, publicPageEndpoint] },
    ],
    globals: (config.globals ?? []).map(globalPublishing),
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), planSiteReleaseTask, buildSiteShardTask, finishSiteReleaseTask, siteChangeDueTask],
      enableConcurrencyControl: true,
      // Two workers asking at the same moment can both be handed a job (taking one is not atomic on SQLite); the
      // shard's claim lets one of them build it, and the job's row must outlive the first to finish for the other
      // to record its end. Finished jobs are cleared by the release's last step instead (tasks/finishSiteRelease.ts).
      deleteJobOnComplete: false,
      // Every second for the site queue: planning and finishing are quick, and each second waited is a second
      // more before a publish is live.
      autoRun: [
        { cron: '* * * * * *', queue: siteBuildQueue, limit: 1, silent: { info: true } },
        { cron: '*/10 * * * * *', queue: 'default', limit: 20, silent: { info: true } },
      ],
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        header: [...(config.admin?.components?.header ?? []), '/publishing/SiteBuildStatus.tsx#SiteBuildStatus'],
      },
    },
  });
