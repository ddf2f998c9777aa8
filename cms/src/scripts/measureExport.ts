import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getPayload } from 'payload';
import { env } from '../env.ts';
import type { ExportIndex } from '../export/exportIndex.ts';
import type { ExportReport } from '../export/exportReport.ts';
import { exportSnapshot } from '../export/exportSnapshot.ts';
import { exportSnapshotIncrementally } from '../export/exportSnapshotIncrementally.ts';
import { localApiSource } from '../export/localApiSource.ts';
import config from '../payload.config.ts';
import { scriptArguments } from './cliArguments.ts';

// pnpm --filter @infohub/cms exec payload run src/scripts/measureExport.ts -- [--runs 3]
// Times full and incremental exports of the database DATABASE_URL names, into a temporary folder, without changing
// the database: a change is simulated by editing a copy of the base's index, which makes the incremental export
// read those documents exactly as if they had been saved (list, read by id, convert, validate, write).

const { values } = parseArgs({ args: scriptArguments(), options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const payload = await getPayload({ config });
const source = localApiSource(payload, { mediaDir: env.mediaDir, description: 'the measured database' });
const folder = await mkdtemp(path.join(os.tmpdir(), 'infohub-measure-export-'));
const load = () =>
  `load average ${os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`;

async function measure(name: string, run: (attempt: number) => Promise<{ report: ExportReport }>) {
  const reports: ExportReport[] = [];
  for (let attempt = 0; attempt < runs; attempt += 1) reports.push((await run(attempt)).report);
  const seconds = reports.map((report) => report.seconds).sort((a, b) => a - b);
  const last = reports.at(-1) as ExportReport;
  console.log(
    `${name.padEnd(40)} median ${seconds[Math.floor(seconds.length / 2)]?.toFixed(2)} s (${seconds.map((value) => value.toFixed(2)).join(', ')}); ` +
      `${last.mode}, read ${last.read}, kept ${last.kept}; ${load()}`,
  );
}

/** A copy of the base folder whose index says what `spoil` makes it say. */
async function baseWhere(name: string, spoil: (index: ExportIndex) => void): Promise<string> {
  const copy = path.join(folder, name);
  await cp(path.dirname(base), copy, { recursive: true });
  const indexFile = path.join(copy, 'export-index.json');
  const index = JSON.parse(await readFile(indexFile, 'utf8')) as ExportIndex;
  spoil(index);
  await writeFile(indexFile, JSON.stringify(index));
  return path.join(copy, 'snapshot.json');
}

const out = (name: string, attempt: number) => path.join(folder, `${name}-${attempt}`, 'snapshot.json');
const base = out('full', 0);
try {
  console.log(`Exports of ${env.database.kind === 'sqlite' ? env.database.filePath : 'MongoDB'}, ${runs} runs each; ${load()}`);
  await measure('full', (attempt) => exportSnapshot(source, { outFile: out('full', attempt) }));
  await measure('incremental, nothing changed', (attempt) => exportSnapshotIncrementally(source, { base, outFile: out('none', attempt) }));
  const guideIds = Object.keys(JSON.parse(await readFile(path.join(path.dirname(base), 'export-index.json'), 'utf8')).documents.guides);
  for (const count of [1, 10, 100].filter((count) => count <= guideIds.length)) {
    const changed = await baseWhere(`changed-${count}`, (index) => {
      for (const id of guideIds.slice(0, count)) (index.documents.guides[id] as { stamp: string }).stamp = 'changed';
    });
    await measure(`incremental, ${count} guides changed`, (attempt) =>
      exportSnapshotIncrementally(source, { base: changed, outFile: out(`changed-${count}`, attempt) }),
    );
  }
  // The most a country can make read: every document that names it.
  const country = await baseWhere('country-changed', (index) => {
    const [id] = Object.keys(index.references.countrySlugs);
    if (id) index.references.countrySlugs[id] = 'renamed';
  });
  await measure('incremental, one country renamed', (attempt) =>
    exportSnapshotIncrementally(source, { base: country, outFile: out('country', attempt) }),
  );
} finally {
  await rm(folder, { recursive: true, force: true });
  await payload.destroy();
}
