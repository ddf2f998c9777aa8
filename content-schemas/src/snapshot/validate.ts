import type { z } from 'zod';
import { languageTagPattern } from '../patterns.ts';
import { findCrossReferenceProblems } from './crossReferences.ts';
import { describeDocument, formatProblems, type SnapshotProblem } from './problems.ts';
import { createSnapshotSchema, type Snapshot, snapshotHeaderSchema } from './schema.ts';

export type SnapshotValidation = { success: true; snapshot: Snapshot } | { success: false; problems: SnapshotProblem[] };

/** Checks that only a reader of the snapshot knows to make (the site: links to its own pages), run with the rest. */
export type ExtraSnapshotCheck = (snapshot: Snapshot) => SnapshotProblem[];

/** What `parseSnapshot` throws, and nothing else: the message lists every problem, `problems` holds them. */
export class SnapshotError extends Error {
  readonly problems: readonly SnapshotProblem[];
  constructor(source: string, problems: readonly SnapshotProblem[]) {
    super(`${source} is not a valid content snapshot:\n${formatProblems(problems)}`);
    this.name = 'SnapshotError';
    this.problems = problems;
  }
}

const collections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts', 'recruiters', 'media'] as const;

/**
 * Checks a parsed JSON value against the snapshot format and reports every problem found, not just the first:
 * the shape of every document, then, on the documents whose shape is right, what a schema cannot see (unique
 * slugs, references) and the extra checks given. Never throws, whatever the input.
 */
export function validateSnapshot(input: unknown, extraChecks: readonly ExtraSnapshotCheck[] = []): SnapshotValidation {
  const header = snapshotHeaderSchema.safeParse(input);
  if (!header.success) return { success: false, problems: header.error.issues.map((issue) => toProblem(issue, input, [])) };

  const localeCodes = header.data.locales.map((locale) => locale.code);
  if (!localeCodes.includes(header.data.defaultLocale)) {
    const message = `"${header.data.defaultLocale}" is not one of the snapshot's locales (${localeCodes.join(', ')})`;
    return { success: false, problems: [{ document: 'snapshot', field: 'defaultLocale', message }] };
  }

  const schema = createSnapshotSchema(localeCodes, header.data.defaultLocale);
  const parsed = schema.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => toProblem(issue, input, localeCodes));
  const checked = parsed.success ? parsed.data : documentsWithTheRightShape(schema, input as Record<string, unknown>);
  problems.push(...findCrossReferenceProblems(checked, input));
  for (const check of extraChecks) problems.push(...check(checked));
  return problems.length > 0 ? { success: false, problems } : { success: true, snapshot: checked };
}

/** Like validateSnapshot, but throws one SnapshotError listing every problem. */
export function parseSnapshot(input: unknown, source = 'snapshot', extraChecks: readonly ExtraSnapshotCheck[] = []): Snapshot {
  const result = validateSnapshot(input, extraChecks);
  if (!result.success) throw new SnapshotError(source, result.problems);
  return result.snapshot;
}

/**
 * The snapshot with only the documents that pass their own schema, so the checks across documents still run (and
 * report) when some documents are broken. The header was checked already; other top-level values are not read.
 */
function documentsWithTheRightShape(schema: ReturnType<typeof createSnapshotSchema>, input: Record<string, unknown>): Snapshot {
  const kept: Record<string, unknown[]> = {};
  for (const collection of collections) {
    const documents = input[collection];
    // The registry may be absent from older snapshots: its list is wrapped in a default.
    const documentSchema = collection === 'recruiters' ? schema.shape.recruiters.unwrap().element : schema.shape[collection].element;
    kept[collection] = Array.isArray(documents)
      ? documents.flatMap((document) => {
          const result = documentSchema.safeParse(document);
          return result.success ? [result.data] : [];
        })
      : [];
  }
  return { ...input, ...kept } as Snapshot;
}

function toProblem(issue: z.core.$ZodIssue, input: unknown, localeCodes: readonly string[]): SnapshotProblem {
  const path = issue.path.map(String);
  const [collection, index, ...rest] = path;
  const isDocument = collections.some((name) => name === collection) && index !== undefined;
  const documentInput = isDocument ? (input as Record<string, unknown[]>)[collection as string]?.[Number(index)] : undefined;
  const fieldPath = isDocument ? rest : path;
  // A localized value's key is the last segment when the issue is about one language's text.
  const last = fieldPath.at(-1);
  const locale = last !== undefined && localeCodes.includes(last) ? last : undefined;
  const message =
    issue.code === 'invalid_key' || issue.code === 'unrecognized_keys'
      ? describeKeyIssue(issue)
      : issue.code === 'invalid_type' && /received (?:undefined|null)$/.test(issue.message)
        ? `is required but ${issue.message.endsWith('null') ? 'empty (null)' : 'missing'}`
        : issue.message;
  return {
    document: isDocument ? describeDocument(collection as string, documentInput, Number(index)) : 'snapshot',
    field: (locale ? fieldPath.slice(0, -1) : fieldPath).join('.'),
    ...(locale ? { locale } : {}),
    message,
  };
}

function describeKeyIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys') return `${issue.message} (a language that is not in the snapshot's locales)`;
  // Localized values reject unknown keys the same way objects do; a key shaped like a language tag is a language.
  const looksLikeLanguages = issue.keys.every((key) => languageTagPattern.test(key));
  return looksLikeLanguages
    ? `text in language(s) not in the snapshot's locales: ${issue.keys.join(', ')}`
    : `unknown field(s): ${issue.keys.join(', ')}`;
}
