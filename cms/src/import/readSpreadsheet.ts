import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import type { AdminLanguage } from '../i18n/adminLanguages.ts';
import {
  type Column,
  type CoordinateColumn,
  columnForHeader,
  emptyCellValue,
  type PhoneColumn,
  readCategory,
  readLanguageList,
  readPhoneType,
  readStatus,
} from './serviceColumns.ts';
import type { ImportProblem, ReadFile, ServiceRecord } from './serviceRecord.ts';
import { importStrings } from './strings.ts';

/** The spreadsheet formats the import reads, by file name. */
const spreadsheetExtensions = ['.csv', '.xlsx'] as const;

export function isSpreadsheet(fileName: string): boolean {
  return spreadsheetExtensions.some((extension) => fileName.toLowerCase().endsWith(extension));
}

/**
 * Reads a CSV (`csv-parse`, comma, semicolon or tab as the spreadsheet program wrote it) or an `.xlsx` file's
 * first sheet (`read-excel-file`) into service records, one per row after the header row. Rows are numbered as the
 * spreadsheet program shows them (the header is row 1); empty rows are skipped.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, language: AdminLanguage): Promise<ReadFile> {
  const strings = importStrings(language);
  let cells: string[][];
  try {
    cells = fileName.toLowerCase().endsWith('.xlsx') ? await readXlsxCells(bytes) : readCsvCells(bytes);
  } catch (error) {
    return { records: [], problems: [{ source: strings.file, message: strings.unreadable((error as Error).message) }] };
  }
  return recordsFromCells(cells, language);
}

function readCsvCells(bytes: Uint8Array): string[][] {
  const text = Buffer.from(bytes).toString('utf8');
  return parseCsv(text, {
    bom: true,
    delimiter: headerDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
}

/**
 * Spreadsheet programs write commas, or semicolons where the comma is the decimal mark (Spanish and French
 * settings), or tabs: the header row, which holds no such character itself, says which.
 */
function headerDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/u));
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, header.split(delimiter).length] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

async function readXlsxCells(bytes: Uint8Array): Promise<string[][]> {
  const rows = await readSheet(Buffer.from(bytes));
  return rows.map((row) => row.map(cellText));
}

/** A typed spreadsheet cell as the text the CSV would hold: numbers as written, dates as ISO days. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

export function recordsFromCells(cells: string[][], language: AdminLanguage): ReadFile {
  const strings = importStrings(language);
  const problems: ImportProblem[] = [];
  const [headerRow = [], ...rows] = cells;
  const columns: (Column | undefined)[] = [];
  const seen = new Set<Column>();
  for (const header of headerRow) {
    if (header.trim() === '') {
      columns.push(undefined);
      continue;
    }
    const column = columnForHeader(header);
    if (!column) problems.push({ source: strings.header, message: strings.unknownColumn(header) });
    else if (seen.has(column)) problems.push({ source: strings.header, message: strings.duplicateColumn(header) });
    else seen.add(column);
    columns.push(column);
  }
  if (seen.size === 0) return { records: [], problems: [{ source: strings.header, message: strings.noColumns }] };

  const records: ServiceRecord[] = [];
  rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const record: ServiceRecord = { source: strings.row(index + 2), fields: {}, text: {} };
    const phones: { number?: string; type?: string }[] = [];
    const coordinates: Partial<Record<'latitude' | 'longitude', string>> = {};
    columns.forEach((column, position) => {
      if (!column) return;
      const cell = (row[position] ?? '').trim();
      if (column.field === 'phones') {
        const { phone, part } = column as PhoneColumn;
        phones[phone] = { ...phones[phone], [part]: cell };
      } else if (column.field === 'location') {
        coordinates[(column as CoordinateColumn).part] = cell;
      } else if (column.locale) {
        record.text[column.locale] = { ...record.text[column.locale], [column.field]: cell === '' ? null : cell };
      } else {
        record.fields[column.field] = cell === '' ? emptyCellValue(column.field) : readCell(column.field, cell);
      }
    });
    if (columns.some((column) => column?.field === 'phones')) {
      record.fields.phones = phones
        .filter((phone) => phone?.number)
        .map((phone) => ({ number: phone.number, type: phone.type ? readPhoneType(phone.type) : 'voice' }));
    }
    if (columns.some((column) => column?.field === 'location')) {
      const location = readLocation(coordinates, language);
      if (typeof location === 'string') problems.push({ source: record.source, field: 'location', message: location });
      else record.fields.location = location;
    }
    records.push(record);
  });
  problems.push(...duplicateSlugs(records, language));
  return { records, problems };
}

function readCell(field: string, cell: string): unknown {
  switch (field) {
    case 'category':
      return readCategory(cell);
    case 'status':
      return readStatus(cell);
    case 'languages':
      return readLanguageList(cell);
    default:
      return cell;
  }
}

/** A point as Payload stores it, [longitude, latitude]; null when both cells are empty; a message when unreadable. */
function readLocation(
  { latitude = '', longitude = '' }: Partial<Record<'latitude' | 'longitude', string>>,
  language: AdminLanguage,
): [number, number] | null | string {
  const strings = importStrings(language);
  if (latitude === '' && longitude === '') return null;
  if (latitude === '' || longitude === '') return strings.halfLocation;
  const [lat, lng] = [latitude, longitude].map((text) => Number(text.replace(',', '.')));
  if (lat === undefined || Number.isNaN(lat)) return strings.notACoordinate(latitude);
  if (lng === undefined || Number.isNaN(lng)) return strings.notACoordinate(longitude);
  return [lng, lat];
}

/** Two rows with one slug would write one service twice: the second would overwrite the first. */
function duplicateSlugs(records: ServiceRecord[], language: AdminLanguage): ImportProblem[] {
  const firstBySlug = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const record of records) {
    const slug = record.fields.slug;
    if (typeof slug !== 'string') continue;
    const first = firstBySlug.get(slug);
    if (first) problems.push({ source: record.source, field: 'slug', message: importStrings(language).duplicateSlug(slug, first) });
    else firstBySlug.set(slug, record.source);
  }
  return problems;
}
