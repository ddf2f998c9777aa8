import { z } from 'zod';

/** Bumped whenever a backup written by this code could not be read correctly by an older importer. */
export const backupFormatVersion = 1;

/**
 * Fields of an account that let someone act as it: a backup never carries them (a stolen backup must not sign
 * anyone in), and an import refuses a file that does. Restored accounts have no password until one is set.
 */
export const userSecretFields = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'sessions',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
] as const;

const id = z.union([z.number().int().positive(), z.string().min(1)]);
const timestamp = z.iso.datetime({ offset: true });

/** A document as the database adapter stores it, every language at once (`{ es: …, en: … }` per localized field). */
const storedDocument = z.looseObject({ id, createdAt: timestamp.optional(), updatedAt: timestamp.optional() });

const storedVersion = z.looseObject({
  id,
  parent: id,
  version: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
  updatedAt: timestamp,
  latest: z.boolean().nullish(),
  autosave: z.boolean().nullish(),
  publishedLocale: z.string().nullish(),
  snapshot: z.boolean().nullish(),
});

/** An uploaded file (an original or one of its sizes), by its name in the media folder. */
const mediaFile = z.object({
  // A bare file name: a backup must never write outside the media folder.
  filename: z
    .string()
    .regex(/^[\w][\w.-]*$/, 'a file name of letters, digits, ".", "-" and "_" only')
    .refine((name) => !name.includes('..'), 'no ".." in a file name'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  base64: z.string(),
});

export const cmsBackupSchema = z.object({
  format: z.literal('infohub-cms-backup'),
  version: z.literal(backupFormatVersion),
  /** When the backup was made: the one value two backups of the same content differ in. */
  createdAt: timestamp,
  /** The migrations the database had: a backup is restored only into a database with exactly these. */
  migrations: z.array(z.string()),
  locales: z.array(z.string()).min(1),
  collections: z.record(z.string(), z.object({ documents: z.array(storedDocument), versions: z.array(storedVersion).optional() })),
  globals: z.record(z.string(), z.object({ document: z.record(z.string(), z.unknown()) })),
  files: z.array(mediaFile),
});

export type CmsBackup = z.infer<typeof cmsBackupSchema>;
export type StoredDocument = z.infer<typeof storedDocument>;
export type StoredVersion = z.infer<typeof storedVersion>;
export type MediaFile = z.infer<typeof mediaFile>;
