import { localeCodes, phoneTypes, serviceCategories, serviceStatuses } from '@infohub/content-schemas';
import { phoneTypeLabels, serviceCategoryLabels, serviceFields, serviceStatusLabels } from '@infohub/content-schemas/payload';
import type { Field, LabelFunction } from 'payload';
import { type AdminLanguage, adminLanguages } from '../i18n/adminLanguages.ts';
import { importStrings } from './strings.ts';

/**
 * The spreadsheet's columns: one per field of a service, one per language for localized text, and numbered columns
 * for up to three phones. Headers are the fields' own admin labels (`content-schemas`), so the template in each
 * admin language reads like the edit form, and a file with headers from any of the three templates is understood.
 */
export interface Column {
  /** The stored field the column fills ("name", "phones", "location"). */
  field: string;
  /** For localized text: the language of this column. */
  locale?: string;
  header(language: AdminLanguage): string;
}

export const maxPhones = 3;

/** The service's text fields that differ by language (phone labels aside, which live in the phone rows). */
export const localizedText = ['name', 'description', 'address', 'fees', 'eligibility'] as const;
const plainFields = ['slug', 'organization', 'category', 'status', 'city', 'email', 'website', 'openingHours', 'languages'] as const;

const serviceField = (name: string) =>
  serviceFields.find((candidate): candidate is Field & { name: string } => 'name' in candidate && candidate.name === name);

/** What an empty cell means: the value a new service gets when the field is left empty in the admin. */
export function emptyCellValue(name: string): unknown {
  const field = serviceField(name);
  return field && 'defaultValue' in field && typeof field.defaultValue !== 'function' ? (field.defaultValue ?? null) : null;
}

function fieldLabel(name: string, language: AdminLanguage): string {
  const field = serviceField(name);
  const label = field && 'label' in field ? field.label : undefined;
  if (typeof label !== 'function') return name;
  return String((label as LabelFunction)({ i18n: { language }, t: () => '' } as never));
}

/** Phone N's number and type, and the position they fill. */
export interface PhoneColumn extends Column {
  field: 'phones';
  phone: number;
  part: 'number' | 'type';
}
export interface CoordinateColumn extends Column {
  field: 'location';
  part: 'latitude' | 'longitude';
}

export const serviceColumns: readonly (Column | PhoneColumn | CoordinateColumn)[] = [
  { field: 'slug', header: (language) => fieldLabel('slug', language) },
  ...localeCodes.map((locale) => ({
    field: 'name',
    locale,
    header: (language: AdminLanguage) => `${fieldLabel('name', language)} (${locale})`,
  })),
  ...plainFields
    .filter((name) => name !== 'slug')
    .map((field) => ({ field, header: (language: AdminLanguage) => fieldLabel(field, language) })),
  ...localizedText
    .filter((name) => name !== 'name')
    .flatMap((field) =>
      localeCodes.map((locale) => ({ field, locale, header: (language: AdminLanguage) => `${fieldLabel(field, language)} (${locale})` })),
    ),
  ...(Array.from({ length: maxPhones }, (_, index) => [
    { field: 'phones', phone: index, part: 'number', header: (language: AdminLanguage) => importStrings(language).phoneColumn(index + 1) },
    {
      field: 'phones',
      phone: index,
      part: 'type',
      header: (language: AdminLanguage) => importStrings(language).phoneTypeColumn(index + 1),
    },
  ]).flat() as PhoneColumn[]),
  { field: 'location', part: 'latitude', header: (language) => importStrings(language).latitudeColumn },
  { field: 'location', part: 'longitude', header: (language) => importStrings(language).longitudeColumn },
];

export const localizedFields: ReadonlySet<string> = new Set(localizedText);

/** The header row of the template in one admin language. */
export function templateHeaders(language: AdminLanguage): string[] {
  return serviceColumns.map((column) => column.header(language));
}

const normalized = (header: string) => header.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('es');

const columnsByHeader = new Map(
  serviceColumns.flatMap((column) => adminLanguages.map((language) => [normalized(column.header(language)), column] as const)),
);

/** The column a header names, in any admin language, or undefined. */
export function columnForHeader(header: string): Column | PhoneColumn | CoordinateColumn | undefined {
  return columnsByHeader.get(normalized(header));
}

/** A vocabulary's value from a cell that holds the value itself or its label in any admin language. */
function vocabularyReader<T extends string>(values: readonly T[], labels: Record<T, LabelFunction>) {
  const byText = new Map<string, T>();
  for (const value of values) {
    byText.set(normalized(value), value);
    for (const language of adminLanguages)
      byText.set(normalized(String(labels[value]({ i18n: { language }, t: () => '' } as never))), value);
  }
  // An unknown word goes through as written: the collection's own check refuses it and lists the allowed values.
  return (cell: string) => byText.get(normalized(cell)) ?? cell.trim();
}

export const readCategory = vocabularyReader(serviceCategories, serviceCategoryLabels);
export const readStatus = vocabularyReader(serviceStatuses, serviceStatusLabels);
export const readPhoneType = vocabularyReader(phoneTypes, phoneTypeLabels);

/** The languages a service's staff speak: codes separated by commas or semicolons. */
export function readLanguageList(cell: string): string[] {
  return cell
    .split(/[,;]/u)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/**
 * The downloadable template: the header row in one admin language, as CSV with a byte-order mark (so spreadsheet
 * programs open it as UTF-8) and the comma that every spreadsheet program reads.
 */
export function templateCsv(language: AdminLanguage): string {
  return `\uFEFF${csvLines([templateHeaders(language)])}`;
}

/** Rows as CSV, every cell quoted, lines ended as spreadsheet programs write them. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')}\r\n`).join('');
}
