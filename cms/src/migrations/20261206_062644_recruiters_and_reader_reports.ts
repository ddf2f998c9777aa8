import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`recruiters_other_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recruiters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`recruiters_other_names_order_idx\` ON \`recruiters_other_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_other_names_parent_id_idx\` ON \`recruiters_other_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`recruiters_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recruiters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`recruiters_sectors_order_idx\` ON \`recruiters_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_sectors_parent_idx\` ON \`recruiters_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`recruiters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`country_id\` integer,
  	\`kind\` text DEFAULT 'agency',
  	\`licence_number\` text,
  	\`status\` text DEFAULT 'licensed',
  	\`valid_until\` text,
  	\`authority\` text,
  	\`authority_url\` text,
  	\`last_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`recruiters_slug_idx\` ON \`recruiters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_country_idx\` ON \`recruiters\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_licence_number_idx\` ON \`recruiters\` (\`licence_number\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_updated_at_idx\` ON \`recruiters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_created_at_idx\` ON \`recruiters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recruiters__status_idx\` ON \`recruiters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`recruiters_locales\` (
  	\`destinations\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`recruiters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`recruiters_locales_locale_parent_id_unique\` ON \`recruiters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`recruiters_locales_parent_idx\` ON \`recruiters_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_recruiters_v_version_other_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recruiters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_other_names_order_idx\` ON \`_recruiters_v_version_other_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_other_names_parent_id_idx\` ON \`_recruiters_v_version_other_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_recruiters_v_version_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_recruiters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_sectors_order_idx\` ON \`_recruiters_v_version_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_sectors_parent_idx\` ON \`_recruiters_v_version_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_recruiters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_country_id\` integer,
  	\`version_kind\` text DEFAULT 'agency',
  	\`version_licence_number\` text,
  	\`version_status\` text DEFAULT 'licensed',
  	\`version_valid_until\` text,
  	\`version_authority\` text,
  	\`version_authority_url\` text,
  	\`version_last_checked_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recruiters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_recruiters_v_parent_idx\` ON \`_recruiters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_version_slug_idx\` ON \`_recruiters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_version_country_idx\` ON \`_recruiters_v\` (\`version_country_id\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_version_licence_number_idx\` ON \`_recruiters_v\` (\`version_licence_number\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_version_updated_at_idx\` ON \`_recruiters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_version_created_at_idx\` ON \`_recruiters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_version_version__status_idx\` ON \`_recruiters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_created_at_idx\` ON \`_recruiters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_updated_at_idx\` ON \`_recruiters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_snapshot_idx\` ON \`_recruiters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_published_locale_idx\` ON \`_recruiters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_latest_idx\` ON \`_recruiters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_recruiters_v_locales\` (
  	\`version_destinations\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_recruiters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_recruiters_v_locales_locale_parent_id_unique\` ON \`_recruiters_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_recruiters_v_locales_parent_idx\` ON \`_recruiters_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`kind\` text NOT NULL,
  	\`text\` text,
  	\`contact\` text,
  	\`page\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`country_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`country_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_page_idx\` ON \`reports\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`reports_country_idx\` ON \`reports\` (\`country_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` integer,
  	\`services_id\` integer,
  	\`hubs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hubs_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_guides_id_idx\` ON \`reports_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_services_id_idx\` ON \`reports_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_hubs_id_idx\` ON \`reports_rels\` (\`hubs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`recruiters_id\` integer REFERENCES recruiters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reports_id\` integer REFERENCES reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recruiters_id_idx\` ON \`payload_locked_documents_rels\` (\`recruiters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`recruiters_other_names\`;`)
  await db.run(sql`DROP TABLE \`recruiters_sectors\`;`)
  await db.run(sql`DROP TABLE \`recruiters\`;`)
  await db.run(sql`DROP TABLE \`recruiters_locales\`;`)
  await db.run(sql`DROP TABLE \`_recruiters_v_version_other_names\`;`)
  await db.run(sql`DROP TABLE \`_recruiters_v_version_sectors\`;`)
  await db.run(sql`DROP TABLE \`_recruiters_v\`;`)
  await db.run(sql`DROP TABLE \`_recruiters_v_locales\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
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
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hubs_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`countries_id\`) REFERENCES \`countries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "services_id", "hubs_id", "alerts_id", "countries_id", "topics_id", "media_id", "users_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "guides_id", "services_id", "hubs_id", "alerts_id", "countries_id", "topics_id", "media_id", "users_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}
