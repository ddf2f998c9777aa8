import type { z } from 'zod';
import { languageTagPattern } from '../patterns.ts';
import { findCrossReferenceProblems } from './crossReferences.ts';
import { describeDocument, formatProblems, type SnapshotProblem } from './problems.ts';
import { createSnapshotSchema, type Snapshot, snapshotHeaderSchema } from './schema.ts';

export type SnapshotValidation = { success: true; snapshot: Snapshot } | { success: false; problems: SnapshotProblem[] };

const collections = ['countries', 'topics', 'guides', 'services', 'hubs', 'alerts', 'media'] as const;

/** Checks a parsed JSON value against the snapshot format and reports every problem found, not just the first. */
export function validateSnapshot(input: unknown): SnapshotValidation {
  const header = snapshotHeaderSchema.safeParse(input);
  if (!header.success) return { success: false, problems: header.error.issues.map((issue) => toProblem(issue, input, [])) };

  const localeCodes = header.data.locales.map((locale) => locale.code);
  const problems: SnapshotProblem[] = [];
  if (!localeCodes.includes(header.data.defaultLocale)) {
    problems.push({
      document: 'snapshot',
      field: 'defaultLocale',
      message: `"${header.data.defaultLocale}" is not one of the snapshot's locales (${localeCodes.join(', ')})`,
    });
    return { success: false, problems };
  }

  const parsed = createSnapshotSchema(localeCodes, header.data.defaultLocale).safeParse(input);
  if (!parsed.success) {
    return { success: false, problems: parsed.error.issues.map((issue) => toProblem(issue, input, localeCodes)) };
  }
  problems.push(...findCrossReferenceProblems(parsed.data));
  return problems.length > 0 ? { success: false, problems } : { success: true, snapshot: parsed.data };
}

/** Like validateSnapshot, but throws one error listing every problem. */
export function parseSnapshot(input: unknown, source = 'snapshot'): Snapshot {
  const result = validateSnapshot(input);
  if (!result.success) throw new Error(`${source} is not a valid content snapshot:\n${formatProblems(result.problems)}`);
  return result.snapshot;
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
  const message = issue.code === 'invalid_key' || issue.code === 'unrecognized_keys' ? describeKeyIssue(issue) : issue.message;
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
