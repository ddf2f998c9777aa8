import type { Payload } from 'payload';
import type { CmsBackup } from './backupFormat.ts';
import { withStagedMediaFiles } from './mediaFiles.ts';
import { type RestoredCounts, restoreDatabase } from './restoreDatabase.ts';

export interface ImportReport extends RestoredCounts {
  files: number;
}

/**
 * Replaces the whole CMS with a backup checked by `parseBackup` (`checkBackup.ts`), all or nothing: the database in
 * one transaction (`restoreDatabase.ts`), the uploaded files staged beside the media folder and swapped in only after
 * the commit (`mediaFiles.ts`), so a failed import leaves both the database and the files as they were.
 */
export async function importBackup(payload: Payload, backup: CmsBackup, { mediaDir }: { mediaDir: string }): Promise<ImportReport> {
  const report = await withStagedMediaFiles(backup.files, mediaDir, () => restoreDatabase(payload, backup));
  return { ...report, files: backup.files.length };
}
