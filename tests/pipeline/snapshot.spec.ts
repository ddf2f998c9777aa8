import { readFileSync } from 'node:fs';
import { formatProblems, validateSnapshot } from '@infohub/content-schemas';
import { pipeline } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

test('the exported snapshot is valid and says it holds demo content', () => {
  const result = validateSnapshot(JSON.parse(readFileSync(pipeline.snapshot, 'utf8')));
  if (!result.success) throw new Error(`The exported snapshot is not valid:\n${formatProblems(result.problems)}`);
  expect(result.snapshot.demo).toBe(true);
});
