// The xliff package ships no types; these cover the two converters infohub uses (XLIFF 1.2).
declare module 'xliff/jsToXliff12' {
  import type { XliffDocument } from 'xliff/xliff12ToJs';
  export default function jsToXliff12(document: XliffDocument, options?: { indent?: string }): Promise<string>;
}

declare module 'xliff/xliff12ToJs' {
  export interface XliffUnit {
    /** A string, or an array when the text holds inline elements (<g>, <x/>…). */
    source?: unknown;
    target?: unknown;
    note?: unknown;
  }
  export interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export default function xliff12ToJs(xml: string): Promise<XliffDocument>;
}
