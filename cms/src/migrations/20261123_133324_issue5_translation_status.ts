import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`hubs\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_hubs_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`translation_status\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`hubs\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_hubs_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`translation_status\`;`)
}
