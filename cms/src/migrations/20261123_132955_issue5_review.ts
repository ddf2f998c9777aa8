import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit copies the new next-review column from the old tables it rebuilds, where it does not exist yet:
// the INSERTs below leave it out (it starts empty; the next save or review fills it).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`country_id\` integer,
  	\`organization\` text,
  	\`category\` text,
  	\`status\` text DEFAULT 'active',
  	\`city\` text,
  	\`location\` text,
  	\`email\` text,
  	\`website\` text,
  	\`opening_hours\` text,
  	\`review_last_reviewed_at\` text,
  	\`review_reviewed_by\` text,
  	\`review_review_interval_days\` numeric DEFAULT 90,
  	\`review_next_review_due_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "slug", "country_id", "organization", "category", "status", "city", "location", "email", "website", "opening_hours", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status") SELECT "id", "slug", "country_id", "organization", "category", "status", "city", "location", "email", "website", "opening_hours", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_country_idx\` ON \`services\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`services_city_idx\` ON \`services\` (\`city\`);`)
  await db.run(sql`CREATE INDEX \`services_review_review_next_review_due_at_idx\` ON \`services\` (\`review_next_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_country_id\` integer,
  	\`version_organization\` text,
  	\`version_category\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_city\` text,
  	\`version_location\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_opening_hours\` text,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_reviewed_by\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 90,
  	\`version_review_next_review_due_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_slug", "version_country_id", "version_organization", "version_category", "version_status", "version_city", "version_location", "version_email", "version_website", "version_opening_hours", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_country_id", "version_organization", "version_category", "version_status", "version_city", "version_location", "version_email", "version_website", "version_opening_hours", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_country_idx\` ON \`_services_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_city_idx\` ON \`_services_v\` (\`version_city\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_review_version_review_next_review_du_idx\` ON \`_services_v\` (\`version_review_next_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_hubs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`country_id\` integer,
  	\`municipality\` text,
  	\`opening_hours\` text,
  	\`email\` text,
  	\`review_last_reviewed_at\` text,
  	\`review_reviewed_by\` text,
  	\`review_review_interval_days\` numeric DEFAULT 90,
  	\`review_next_review_due_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_hubs\`("id", "slug", "country_id", "municipality", "opening_hours", "email", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status") SELECT "id", "slug", "country_id", "municipality", "opening_hours", "email", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status" FROM \`hubs\`;`)
  await db.run(sql`DROP TABLE \`hubs\`;`)
  await db.run(sql`ALTER TABLE \`__new_hubs\` RENAME TO \`hubs\`;`)
  await db.run(sql`CREATE INDEX \`hubs_slug_idx\` ON \`hubs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`hubs_country_idx\` ON \`hubs\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`hubs_review_review_next_review_due_at_idx\` ON \`hubs\` (\`review_next_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`hubs_updated_at_idx\` ON \`hubs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hubs_created_at_idx\` ON \`hubs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hubs__status_idx\` ON \`hubs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__hubs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_country_id\` integer,
  	\`version_municipality\` text,
  	\`version_opening_hours\` text,
  	\`version_email\` text,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_reviewed_by\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 90,
  	\`version_review_next_review_due_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__hubs_v\`("id", "parent_id", "version_slug", "version_country_id", "version_municipality", "version_opening_hours", "version_email", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_country_id", "version_municipality", "version_opening_hours", "version_email", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_hubs_v\`;`)
  await db.run(sql`DROP TABLE \`_hubs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__hubs_v\` RENAME TO \`_hubs_v\`;`)
  await db.run(sql`CREATE INDEX \`_hubs_v_parent_idx\` ON \`_hubs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_slug_idx\` ON \`_hubs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_country_idx\` ON \`_hubs_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_review_version_review_next_review_due_at_idx\` ON \`_hubs_v\` (\`version_review_next_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_updated_at_idx\` ON \`_hubs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_created_at_idx\` ON \`_hubs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version__status_idx\` ON \`_hubs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_created_at_idx\` ON \`_hubs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_updated_at_idx\` ON \`_hubs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_snapshot_idx\` ON \`_hubs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_published_locale_idx\` ON \`_hubs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_latest_idx\` ON \`_hubs_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`review_next_review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`guides_review_review_next_review_due_at_idx\` ON \`guides\` (\`review_next_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_next_review_due_at\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_review_version_review_next_review_due__idx\` ON \`_guides_v\` (\`version_review_next_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organization\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`guides_review_review_next_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`review_next_review_due_at\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_review_version_review_next_review_due__idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_review_next_review_due_at\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`country_id\` integer,
  	\`organization\` text,
  	\`category\` text,
  	\`status\` text DEFAULT 'active',
  	\`city\` text,
  	\`location\` text,
  	\`email\` text,
  	\`website\` text,
  	\`opening_hours\` text,
  	\`review_last_reviewed_at\` text,
  	\`review_reviewed_by\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "slug", "country_id", "organization", "category", "status", "city", "location", "email", "website", "opening_hours", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status") SELECT "id", "slug", "country_id", "organization", "category", "status", "city", "location", "email", "website", "opening_hours", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_country_idx\` ON \`services\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`services_city_idx\` ON \`services\` (\`city\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_country_id\` integer,
  	\`version_organization\` text,
  	\`version_category\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_city\` text,
  	\`version_location\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_opening_hours\` text,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_reviewed_by\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_slug", "version_country_id", "version_organization", "version_category", "version_status", "version_city", "version_location", "version_email", "version_website", "version_opening_hours", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_country_id", "version_organization", "version_category", "version_status", "version_city", "version_location", "version_email", "version_website", "version_opening_hours", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_country_idx\` ON \`_services_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_city_idx\` ON \`_services_v\` (\`version_city\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_hubs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`country_id\` integer,
  	\`municipality\` text,
  	\`opening_hours\` text,
  	\`email\` text,
  	\`review_last_reviewed_at\` text,
  	\`review_reviewed_by\` text,
  	\`review_review_interval_days\` numeric DEFAULT 180,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_hubs\`("id", "slug", "country_id", "municipality", "opening_hours", "email", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status") SELECT "id", "slug", "country_id", "municipality", "opening_hours", "email", "review_last_reviewed_at", "review_reviewed_by", "review_review_interval_days", "updated_at", "created_at", "_status" FROM \`hubs\`;`)
  await db.run(sql`DROP TABLE \`hubs\`;`)
  await db.run(sql`ALTER TABLE \`__new_hubs\` RENAME TO \`hubs\`;`)
  await db.run(sql`CREATE INDEX \`hubs_slug_idx\` ON \`hubs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`hubs_country_idx\` ON \`hubs\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`hubs_updated_at_idx\` ON \`hubs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hubs_created_at_idx\` ON \`hubs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hubs__status_idx\` ON \`hubs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__hubs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_country_id\` integer,
  	\`version_municipality\` text,
  	\`version_opening_hours\` text,
  	\`version_email\` text,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_reviewed_by\` text,
  	\`version_review_review_interval_days\` numeric DEFAULT 180,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__hubs_v\`("id", "parent_id", "version_slug", "version_country_id", "version_municipality", "version_opening_hours", "version_email", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_country_id", "version_municipality", "version_opening_hours", "version_email", "version_review_last_reviewed_at", "version_review_reviewed_by", "version_review_review_interval_days", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_hubs_v\`;`)
  await db.run(sql`DROP TABLE \`_hubs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__hubs_v\` RENAME TO \`_hubs_v\`;`)
  await db.run(sql`CREATE INDEX \`_hubs_v_parent_idx\` ON \`_hubs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_slug_idx\` ON \`_hubs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_country_idx\` ON \`_hubs_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_updated_at_idx\` ON \`_hubs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version_created_at_idx\` ON \`_hubs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_version_version__status_idx\` ON \`_hubs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_created_at_idx\` ON \`_hubs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_updated_at_idx\` ON \`_hubs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_snapshot_idx\` ON \`_hubs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_published_locale_idx\` ON \`_hubs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_hubs_v_latest_idx\` ON \`_hubs_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`organization\`;`)
}
