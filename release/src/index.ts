export { ensureChromium } from './print/chromium.ts';
export { sheetPathsOf } from './print/sheetPaths.ts';
export { type PaperFormat, pdfPageCount, renderSheetPdfs, type SheetPdfOptions, type SheetPdfReport } from './print/sheetPdfs.ts';
export { contentSecurityPolicyHeader, securityHeaders } from './serve/securityHeaders.ts';
export { serveSite } from './serve/serveSite.ts';
export * from './store/siteReleases.ts';
