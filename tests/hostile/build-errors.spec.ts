import { malformedProblems, writeMalformedSnapshot } from '../fixtures/hostile/hostileSnapshot.ts';
import { buildSite } from '../testing/buildSite.ts';
import { publishedUrl } from '../testing/paths.ts';
import { hostile } from './testing/paths.ts';
import { expect, test } from './testing/test.ts';

test('the build refuses malformed content with one error that lists every problem, each with its document, field and language', () => {
  const snapshotPath = writeMalformedSnapshot(`${hostile.folder}/malformed`);

  const build = buildSite(snapshotPath, `${hostile.folder}/malformed/site`, publishedUrl);

  expect(build.status).not.toBe(0);
  const error = build.output.slice(build.output.indexOf(`${snapshotPath} is not a valid content snapshot:`));
  const listed = error.split('\n').filter((line) => line.startsWith('- '));
  for (const problem of malformedProblems)
    expect(
      listed.some((line) => line.startsWith(`- ${problem}`)),
      problem,
    ).toBe(true);
  expect(listed).toHaveLength(malformedProblems.length);
});
