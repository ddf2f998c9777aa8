/**
 * `pnpm size [site folder]`: checks a built site against the size budget in site/size-budget.json and prints, per
 * page type, its heaviest page. Without a folder it reads the site `pnpm start` serves now.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { checkSizeBudget, formatSizeReport, readSizeBudget } from './lib/sizeBudget.ts';
import { repoRoot, varDir } from './lib/workspace.ts';

const given = process.argv[2];
// pnpm runs root scripts from the repository root; INIT_CWD is where the reader typed the command.
const siteDir = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : `${varDir}/site/current`;
if (!existsSync(siteDir)) {
  console.error(`No built site at ${siteDir}. Build one first, or give its folder: pnpm size path/to/dist`);
  process.exit(2);
}

const report = checkSizeBudget(realpathSync(siteDir), `${repoRoot}site/src/pages`, readSizeBudget(`${repoRoot}site/size-budget.json`));
console.log(`Size of ${siteDir} (bytes compressed with gzip)\n`);
console.log(formatSizeReport(report));
if (report.failures.length > 0) {
  console.error(`\nOver budget:\n${report.failures.map((failure) => `  ✘ ${failure}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nEvery page is within its budget.');
}
