/** What an export did, for its caller to log. */
export interface ExportReport {
  /** `full` when every document was read: asked for, or an incremental export fell back to it (`fullExportReason`). */
  mode: 'full' | 'incremental';
  fullExportReason?: string;
  /** Documents read whole from the source (countries and topics always are). */
  read: number;
  /** Of those read: unchanged documents converted again because a reference their entry used resolves differently. */
  reconverted: number;
  /** Snapshot entries kept from the base snapshot without reading their documents. */
  kept: number;
  /** Documents in the base snapshot that are not published any more. */
  removed: number;
  media: { copied: number; linked: number };
  seconds: number;
}

export function describeExportReport(report: ExportReport): string {
  const how =
    report.mode === 'incremental'
      ? `incremental: ${report.read} documents read (${report.reconverted} of them for a changed reference), ${report.kept} kept, ${report.removed} removed`
      : `full: ${report.read} documents read${report.fullExportReason ? ` (not incremental: ${report.fullExportReason})` : ''}`;
  return `${how}; images ${report.media.copied} copied, ${report.media.linked} linked; ${report.seconds.toFixed(2)} s`;
}
