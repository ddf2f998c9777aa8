import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDatabaseUrl } from '../config/databaseUrl.ts';
import { siteWorkerCount } from '../config/siteWorkerCount.ts';
import { everyMigrationApplied } from '../database/everyMigrationApplied.ts';
import { migrationsDir } from '../paths.ts';
import { scriptArguments, withLocalHostByDefault } from './cliArguments.ts';

// pnpm --filter @infohub/cms start [-- -H 0.0.0.0 -p 3000]
// Applies pending migrations (a production server never creates tables itself; on SQLite, `payload migrate` is
// skipped when every one is recorded as applied), then serves the built admin and API with `next start` and the
// options given, on 127.0.0.1 unless `-H` or HOSTNAME names another address, and runs INFOHUB_SITE_WORKERS site
// workers beside it (default: the machine's cores; none with INFOHUB_SITE_REBUILDS=off). A script rather than
// `payload migrate && next start`: pnpm passes a caller's `--` on, which `next start` would take for a project folder.

const environment = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// Payload's CLI and Next's run in this same Node, not through the node_modules/.bin shims: a shim is a shell (two,
// for Payload's: its own, then node's), which would not pass our SIGTERM on, and the server or a worker would
// outlive us.
const payloadCli = path.join(path.dirname(fileURLToPath(import.meta.resolve('payload'))), '..', 'bin.js');
const nextCli = fileURLToPath(import.meta.resolve('next/dist/bin/next'));

const database = parseDatabaseUrl(process.env.DATABASE_URL);
if (database.kind === 'sqlite' && everyMigrationApplied(database.filePath, migrationsDir)) {
  console.log('Every committed migration is applied already.');
} else {
  const [migrateCode] = await exited(spawn(process.execPath, [payloadCli, 'migrate'], { stdio: 'inherit', env: environment }));
  if (migrateCode !== 0) process.exit(migrateCode ?? 1);
}

let stopping = false;
let askedToStop = false;
const server = spawn(process.execPath, [nextCli, 'start', ...withLocalHostByDefault(scriptArguments())], {
  stdio: 'inherit',
  env: environment,
});
const workers = Array.from({ length: siteWorkerCount() }, (_, index) => superviseWorker(index + 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    askedToStop = true;
    server.kill(signal);
    for (const worker of workers) worker.current?.kill(signal);
  });
}
const [code] = await exited(server);
stopping = true;
for (const worker of workers) worker.current?.kill('SIGTERM');
// Asked to stop, the server's exit code (143 after SIGTERM) is no failure.
process.exit(askedToStop ? 0 : (code ?? 1));

/**
 * A site worker: Payload's own `jobs:run` on the shard queue, every second. Payload's runner stops its process on a
 * database error; a worker that stops while the server runs is started again, and the build it was running is
 * failed and asked for again by the server's watch.
 */
function superviseWorker(number: number): { current: ChildProcess | undefined } {
  const worker: { current: ChildProcess | undefined } = { current: undefined };
  const start = () => {
    const child = spawn(process.execPath, [payloadCli, 'jobs:run', '--queue', 'site-shards', '--cron', '* * * * * *', '--limit', '16'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: environment,
    });
    worker.current = child;
    child.once('exit', (exitCode, signal) => {
      if (stopping) return;
      console.error(`Site worker ${number} stopped (${signal ?? `exit code ${exitCode}`}); starting it again.`);
      setTimeout(start, 1000);
    });
  };
  start();
  return worker;
}

function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
}
