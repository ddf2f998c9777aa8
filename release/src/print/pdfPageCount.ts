/** Pages in a PDF as Chromium writes it: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}
