import path from 'node:path';

/** Where the tests read their fixture and put the site they build. tests/output/ is ignored by git. */
export const testsFolder = path.resolve(import.meta.dirname, '../..');
export const fixtureSnapshot = path.join(testsFolder, 'fixtures/snapshot.json');
export const outputFolder = path.join(testsFolder, 'output');
export const builtSite = path.join(outputFolder, 'site');
/** The address the test build is made for: canonical and hreflang links use it, whatever port serves the files. */
export const publishedUrl = 'https://infohub.example.org';
