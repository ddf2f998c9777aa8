import path from 'node:path';

/** Where the tests read their fixture and put the sites they build. tests/output/ is ignored by git. */
export const testsFolder = path.resolve(import.meta.dirname, '..');
export const repoRoot = path.resolve(testsFolder, '..');
/**
 * The fixture's test-only languages (its right-to-left `ar`), whose words the site does not ship: every build of
 * the fixture passes this folder as INFOHUB_EXTRA_UI_STRINGS.
 */
export const extraUiStrings = path.join(testsFolder, 'fixtures/ui-strings');
export const fixtureSnapshot = path.join(testsFolder, 'fixtures/snapshot.json');
export const outputFolder = path.join(testsFolder, 'output');
export const builtSite = path.join(outputFolder, 'site');
/** The address the test builds are made for: canonical and hreflang links use it, whatever port serves the files. */
export const publishedUrl = 'https://infohub.example.org';
