import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validSnapshot } from '../testing/validSnapshot.ts';
import { parseSnapshot, SnapshotError, validateSnapshot } from './validate.ts';

/**
 * Property-based tests: whatever a snapshot file holds, the validator answers with problems it can name, never with
 * a crash of its own. Bounded in time so the test suite stays quick; a failure prints the smallest input found.
 */
const timeLimit = { interruptAfterTimeLimit: 2_000, numRuns: 100_000 };

/** A valid snapshot with one value somewhere replaced by anything JSON can hold. */
const corruptedSnapshot = fc.tuple(fc.jsonValue(), fc.nat(), fc.nat()).map(([replacement, documentPick, fieldPick]) => {
  const snapshot = validSnapshot() as unknown as Record<string, unknown>;
  const collections = ['countries', 'topics', 'guides', 'locales', 'schemaVersion', 'defaultLocale', 'generatedAt'];
  const collection = collections[documentPick % collections.length] as string;
  const value = snapshot[collection];
  if (Array.isArray(value) && value[0] && typeof value[0] === 'object') {
    const document = value[0] as Record<string, unknown>;
    const keys = Object.keys(document);
    document[keys[fieldPick % keys.length] as string] = replacement;
  } else {
    snapshot[collection] = replacement;
  }
  return snapshot;
});

function expectOnlyNamedProblems(input: unknown) {
  const result = validateSnapshot(input);
  if (result.success) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.document).toBe('string');
    expect(typeof problem.field).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe('the snapshot validator, fuzzed', () => {
  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), expectOnlyNamedProblems), timeLimit);
  });

  it('never throws on a snapshot with one value replaced by any JSON value, and names each problem', () => {
    fc.assert(fc.property(corruptedSnapshot, expectOnlyNamedProblems), timeLimit);
  });

  it('parseSnapshot throws nothing but SnapshotError', () => {
    fc.assert(
      fc.property(corruptedSnapshot, (input) => {
        try {
          parseSnapshot(input);
        } catch (error) {
          expect(error).toBeInstanceOf(SnapshotError);
        }
      }),
      timeLimit,
    );
  });
});
