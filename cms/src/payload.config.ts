import path from 'node:path';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { Alerts } from './collections/Alerts/index.ts';
import { Countries } from './collections/Countries/index.ts';
import { Guides } from './collections/Guides/index.ts';
import { Hubs } from './collections/Hubs/index.ts';
import { Media } from './collections/Media.ts';
import { uploadLimits } from './collections/media/uploadLimits.ts';
import { Recruiters } from './collections/Recruiters/index.ts';
import { openReportsColumn } from './collections/Reports/dashboardColumn.ts';
import { readerReports } from './collections/Reports/plugin.ts';
import { Services } from './collections/Services/index.ts';
import { Topics } from './collections/Topics/index.ts';
import { Users } from './collections/Users/index.ts';
import { createDatabaseAdapter } from './config/database.ts';
import { adminI18n, localization } from './config/localization.ts';
import { env } from './env.ts';
import { richTextEditor } from './fields/richTextEditor.ts';
import { SiteSettings } from './globals/SiteSettings.ts';
import { explainValidationErrors } from './hooks/explainValidationErrors.ts';
import { servicesImport } from './import/index.ts';
import { srcDir } from './paths.ts';
import { sitePublishing } from './publishing/index.ts';
import { rebuildAfterReview } from './publishing/rebuildHooks.ts';
import { publicReadCache } from './readCache/plugin.ts';
import { editorialReview } from './review/index.ts';
import { translationStatusColumn } from './translations/dashboardColumn.ts';
import { translationTracking } from './translations/index.ts';

export default buildConfig({
  admin: {
    user: Users.slug,
    // The plugins' admin components are named by paths relative to this folder.
    importMap: { baseDir: srcDir },
    meta: { titleSuffix: ' · infohub' },
    // Payload's default avatar is Gravatar's: it would send a hash of each editor's e-mail to another host on every
    // admin page (and the CMS's Content Security Policy blocks it).
    avatar: 'default',
    // Payload's default ('MMMM do yyyy, h:mm a') is English word order read with the Spanish month names ("abril 8º
    // 2027, 12:00 AM"). `PPp` is date-fns's medium date and short time in the admin language: "5 dic 2026, 6:15",
    // "5 déc. 2026, 06:15", "Dec 5, 2026, 6:15 AM", as `i18n/adminDates.ts` writes them for our own components.
    dateFormat: 'PPp',
    components: { providers: ['/access/admin/PublishingRoleMarker.tsx#PublishingRoleMarker'] },
  },
  collections: [Guides, Services, Hubs, Alerts, Recruiters, Countries, Topics, Media, Users],
  globals: [SiteSettings],
  localization,
  i18n: adminI18n,
  editor: richTextEditor,
  db: createDatabaseAdapter(env.database, { pushSchema: env.pushSchema }),
  secret: env.payloadSecret,
  sharp,
  // Over HTTP, a larger file is cut off while it arrives (413) instead of being read into memory first.
  upload: {
    limits: { fileSize: uploadLimits.maxBytes },
    responseOnLimit: `The file is larger than ${uploadLimits.maxBytes / 1024 / 1024} MB, the most an image may be.`,
  },
  hooks: { afterError: [explainValidationErrors] },
  telemetry: false,
  // In this order: publishing hooks run after translation tracking's, as each plugin appends to what it is given; the
  // offer to close readers' reports comes after "Mark as reviewed"; the read cache sees every collection.
  plugins: [
    translationTracking({ collections: ['guides', 'services', 'hubs', 'alerts', 'countries', 'topics'] }),
    editorialReview({ dashboardColumns: [translationStatusColumn, openReportsColumn], afterReview: rebuildAfterReview }),
    readerReports(),
    sitePublishing(),
    servicesImport(),
    publicReadCache(),
  ],
  // Generated on purpose (`generate:types`, against SQLite), never as a side effect of starting Payload: a start on
  // MongoDB would otherwise rewrite the committed types with string ids.
  typescript: { outputFile: path.join(srcDir, 'payload-types.ts'), autoGenerate: false },
});
