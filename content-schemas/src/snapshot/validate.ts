import { createHash } from 'node:crypto';
import { z } from 'zod';
import { deepFreeze } from '../deepFreeze.ts';
import { languageTagPattern } from '../patterns.ts';
import { processSlot } from '../processSlot.ts';
import { findCrossReferenceProblems } from './crossReferences.ts';
import { describeDocument, formatProblems, type SnapshotProblem } from './problems.ts';
import { createSnapshotSchema, type Snapshot, snapshotCollections, snapshotHeaderSchema } from './schema.ts';

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
  const { checked, issues } = parseEachDocument(
    schema,
    input as Record<string, unknown>,
    JSON.stringify([localeCodes, header.data.defaultLocale]),
  );
  const problems = issues.map((issue) => toProblem(issue, input, localeCodes));
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

type SnapshotSchema = ReturnType<typeof createSnapshotSchema>;

/**
 * The documents this process checked last, each known by its collection and the hash of its JSON, with the
 * languages it was checked against. A CMS exports, and a shard builder checks, the whole snapshot at every publish,
 * and a publish changes a few documents: checking every one again took 0.36 s of each at 13,800 pages (0.07 s with
 * this). A document is checked only when its JSON was not in the last snapshot checked; only the last check's
 * documents are kept. They are shared by the snapshots that hold them, so they are frozen.
 */
interface CheckedDocuments {
  languages: string;
  byJsonHash: Map<string, unknown>;
}
const lastChecked = processSlot<CheckedDocuments>('checkedSnapshotDocuments');

/**
 * The key of each document this process checked, by the frozen object it was checked into. A snapshot that holds
 * those very objects (the CMS's next export starts from the snapshot it wrote, kept in memory) is not hashed again:
 * turning 2,000 documents into JSON to hash them took about 0.15 s of every publish at the large scale.
 */
const keysOfChecked = processSlot<WeakMap<object, string>>('checkedSnapshotDocumentKeys');

/**
 * The snapshot's own fields and that each collection is a list, then every document on its own against its
 * collection's schema: the snapshot with only the documents that pass (so the checks across documents still run,
 * and report, when some are broken), and every problem found, each at its path in the snapshot.
 */
function parseEachDocument(
  schema: SnapshotSchema,
  input: Record<string, unknown>,
  languages: string,
): { checked: Snapshot; issues: z.core.$ZodIssue[] } {
  const outline = schema.extend(
    Object.fromEntries(
      snapshotCollections.map((collection) => [
        collection,
        collection === 'recruiters' ? z.array(z.unknown()).default([]) : z.array(z.unknown()),
      ]),
    ),
  );
  const outer = outline.safeParse(input);
  const issues: z.core.$ZodIssue[] = outer.success ? [] : [...outer.error.issues];
  const earlier = lastChecked.get();
  const reusable = earlier?.languages === languages ? earlier.byJsonHash : undefined;
  const byJsonHash = new Map<string, unknown>();
  const keys = keysOfChecked.get() ?? keysOfChecked.set(new WeakMap());
  // Only a frozen checked document is in `keys`: its JSON cannot have changed since its key was worked out.
  const keyOf = (collection: string, document: unknown) => {
    const known = typeof document === 'object' && document !== null ? keys.get(document) : undefined;
    return known?.startsWith(`${collection}\0`) ? known : jsonHash(collection, document);
  };
  const kept: Record<string, unknown[]> = {};
  for (const collection of snapshotCollections) {
    // The registry may be absent from older snapshots: its list is wrapped in a default.
    const documentSchema = collection === 'recruiters' ? schema.shape.recruiters.unwrap().element : schema.shape[collection].element;
    const documents = input[collection];
    const passed: unknown[] = [];
    kept[collection] = passed;
    if (!Array.isArray(documents)) continue;
    documents.forEach((document, index) => {
      const key = keyOf(collection, document);
      let checked = byJsonHash.get(key) ?? reusable?.get(key);
      if (checked === undefined) {
        const result = documentSchema.safeParse(document);
        if (!result.success) {
          issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [collection, index, ...issue.path] })));
          return;
        }
        checked = deepFreeze(result.data);
        // As a snapshot written from this one holds it (the CMS's next export starts from the file this one wrote):
        // checked again, a document's checked form passes as itself.
        const checkedKey = jsonHash(collection, checked);
        byJsonHash.set(checkedKey, checked);
        keys.set(checked as object, checkedKey);
      }
      byJsonHash.set(key, checked);
      passed.push(checked);
    });
  }
  lastChecked.set({ languages, byJsonHash });
  return { checked: { ...(outer.success ? outer.data : input), ...kept } as Snapshot, issues };
}

/** A document's key: its collection, then the hash of its JSON. */
function jsonHash(collection: string, document: unknown): string {
  return `${collection}\0${createHash('sha256')
    .update(collection)
    .update('\0')
    .update(JSON.stringify(document) ?? '')
    .digest('base64')}`;
}

function toProblem(issue: z.core.$ZodIssue, input: unknown, localeCodes: readonly string[]): SnapshotProblem {
  const path = issue.path.map(String);
  const [collection, index, ...rest] = path;
  const isDocument = snapshotCollections.some((name) => name === collection) && index !== undefined;
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
