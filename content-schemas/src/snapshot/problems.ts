/** One thing wrong in a snapshot, said so that an editor can find and fix it. */
export interface SnapshotProblem {
  /** Which document, e.g. `guides "work-permit" (costa-rica)`, or `snapshot` for the file itself. */
  document: string;
  /** Dotted path of the field inside the document, e.g. `steps.2.title`. */
  field: string;
  locale?: string;
  message: string;
}

export function formatProblems(problems: readonly SnapshotProblem[]): string {
  return problems
    .map((problem) => {
      const where = [problem.document, problem.field && `field "${problem.field}"`, problem.locale && `locale "${problem.locale}"`]
        .filter(Boolean)
        .join(', ');
      return `- ${where}: ${problem.message}`;
    })
    .join('\n');
}

export function describeDocument(collection: string, document: unknown, index: number): string {
  if (typeof document !== 'object' || document === null) return `${collection}[${index}]`;
  const record = document as Record<string, unknown>;
  const key = record.slug ?? record.code ?? record.id;
  const country = typeof record.country === 'string' ? ` (${record.country})` : '';
  return typeof key === 'string' ? `${collection} "${key}"${country}` : `${collection}[${index}]${country}`;
}
