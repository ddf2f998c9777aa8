import { csvLines, templateHeaders } from '../import/serviceColumns.ts';

/** A services spreadsheet under the English template's headers, one row per record (headers it lacks stay empty). */
export function servicesCsv(rows: readonly Record<string, string>[]): Uint8Array {
  const headers = templateHeaders('en');
  return new TextEncoder().encode(csvLines([headers, ...rows.map((row) => headers.map((header) => row[header] ?? ''))]));
}
