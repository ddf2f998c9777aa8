import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// drizzle-kit copies columns this migration adds from the old tables it rebuilds, where they do not exist yet:
// the INSERTs below copy only the columns the old tables have (the new ones start empty).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_assigned_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_assigned_locales_order_idx\` ON \`users_assigned_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_assigned_locales_parent_idx\` ON \`users_assigned_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`summary\` text,
  	\`reasons\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_seconds\` numeric,
  	\`release\` text,
  	\`error\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
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
  	\`translation_status\` text,
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
  	\`version_translation_status\` text,
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
  	\`translation_status\` text,
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
  	\`version_translation_status\` text,
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
  await db.run(sql`ALTER TABLE \`guides\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`guides_review_review_next_review_due_at_idx\` ON \`guides\` (\`review_next_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_review_next_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_review_version_review_next_review_due__idx\` ON \`_guides_v\` (\`version_review_next_review_due_at\`);`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`organization\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_builds_id\` integer REFERENCES site_builds(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_assigned_locales\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` integer,
  	\`services_id\` integer,
  	\`hubs_id\` integer,
  	\`alerts_id\` integer,
  	\`countries_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hubs_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "services_id", "hubs_id", "alerts_id", "countries_id", "topics_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "guides_id", "services_id", "hubs_id", "alerts_id", "countries_id", "topics_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hubs_id_idx\` ON \`payload_locked_documents_rels\` (\`hubs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_countries_id_idx\` ON \`payload_locked_documents_rels\` (\`countries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`guides_review_review_next_review_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`review_next_review_due_at\`;`)
  await db.run(sql`ALTER TABLE \`guides\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`DROP INDEX \`_guides_v_version_review_version_review_next_review_due__idx\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_review_next_review_due_at\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v\` DROP COLUMN \`version_translation_status\`;`)
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
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`organization\`;`)
}
