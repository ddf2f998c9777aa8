/**
 * What an import file says about one service, whatever its format (a spreadsheet row, an HSDS record): the
 * unlocalized fields as the collection stores them and the localized text per language. Readers of a format
 * (`readSpreadsheet.ts`, the HSDS reader) produce these; `importServices.ts` checks and writes them. A field left out
 * of `fields` or `text` is not in the file and stays as stored; one given as `null` or `''` is emptied.
 */
export interface ServiceRecord {
  /** Where the record is in the file, as the report names it: "row 4", "record 5f0c…". */
  source: string;
  /** An HSDS record's id, which an existing service carries when it came from that directory. */
  hsdsId?: string;
  fields: Record<string, unknown>;
  /** Localized fields by language code, then field name. */
  text: Record<string, Record<string, string | null>>;
}

/** One thing wrong with a file, named as precisely as the file allows. */
export interface ImportProblem {
  /** "row 4", "record …", or the file itself ("file", "column header"). */
  source: string;
  /** The field's path in the collection ("phones.0.number"), when the problem is one field's. */
  field?: string;
  /** The language version of a localized field. */
  language?: string;
  message: string;
}

/** A file read into records, with what could not be read at all. */
export interface ReadFile {
  records: ServiceRecord[];
  problems: ImportProblem[];
}

/** An uploaded or named file: its name (or path) says its format, and for HSDS its language. */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}
