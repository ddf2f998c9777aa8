/** The counter page's words the browser fills in itself (counts, headings of the slip), raw from the strings file. */
export interface CounterWords {
  count: string;
  empty: string;
  failed: string;
  allCategories: string;
  allCities: string;
  title: string;
  documentsFor: string;
  noDocuments: string;
  whereToGo: string;
  yourHub: string;
  scan: string;
  qrLabel: string;
  hours: string;
  copied: string;
}
