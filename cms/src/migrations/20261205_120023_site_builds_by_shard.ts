import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`full\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`shards_rebuilt\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`shards_reused\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`failed_shards\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`full\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`shards_rebuilt\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`shards_reused\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`failed_shards\`;`)
}
