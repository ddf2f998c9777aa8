import type { Payload } from 'payload';
import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import { ImportRefused } from './importServices.ts';
import { isSpreadsheet, readSpreadsheet } from './readSpreadsheet.ts';
import type { NamedFile, ReadFile } from './serviceRecord.ts';
import { importStrings } from './strings.ts';

/**
 * Reads what was sent for an import of one country's services, from the admin or the command line: one spreadsheet
 * (.csv, .xlsx), or one or more HSDS files (.json). The HSDS reader is loaded only for those: it brings Ajv and the
 * 2 MB official schema, which the CMS would otherwise load on every start.
 */
export async function readImportFiles(
  payload: Payload,
  files: readonly NamedFile[],
  country: string,
  language: AdminLanguage,
): Promise<ReadFile> {
  const [first] = files;
  if (first && files.length === 1 && isSpreadsheet(first.name)) return readSpreadsheet(first.bytes, first.name, language);
  const unsupported = files.find((file) => !file.name.toLowerCase().endsWith('.json'));
  if (unsupported) throw new ImportRefused(importStrings(language).unsupportedFile(unsupported.name), 400);
  const { readHsds } = await import('./readHsds.ts');
  return readHsds(payload, files, country, language);
}
