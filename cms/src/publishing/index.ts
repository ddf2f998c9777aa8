import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload';
import { scheduleAlertRebuilds } from './alertSchedule.ts';
import { rebuildAfterGlobalChange, rebuildOnChange, rebuildOnPublish } from './rebuildHooks.ts';
import { SiteBuilds } from './SiteBuilds.ts';
import { siteBuildQueue } from './siteBuildQueue.ts';
import { buildSiteTask, siteChangeDueTask } from './tasks.ts';

type Hooks = NonNullable<CollectionConfig['hooks']>;

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
    const withRebuilds = withHooks(scheduled, rebuildOnPublish);
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
 * Publishing to the site: scheduled publish and unpublish, a site rebuild after every change the public can see
 * (debounced, one at a time, in a child process), the `site-builds` record and its status line in the admin.
 */
export const sitePublishing =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(publishing), SiteBuilds],
    globals: (config.globals ?? []).map(globalPublishing),
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), buildSiteTask, siteChangeDueTask],
      enableConcurrencyControl: true,
      // Run by the CMS server (see instrumentation.ts): site builds in a queue of their own, so that a build of a
      // minute never holds up a scheduled publish. Seconds-level crons keep publish-to-live short.
      autoRun: [
        { cron: '*/5 * * * * *', queue: siteBuildQueue, limit: 1, silent: { info: true } },
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
