import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scriptArguments, withLocalHostByDefault } from './cliArguments.ts';

// pnpm --filter @infohub/cms start [-- -H 0.0.0.0 -p 3000]
// Applies pending migrations (a production server never creates tables itself), then serves the built admin and
// API with `next start` and the options given, on 127.0.0.1 unless `-H` or HOSTNAME names another address. A script rather than `payload migrate && next start`: pnpm passes
// a caller's `--` on, which `next start` would take for a project folder.

const environment = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const [migrateCode] = await exited(spawn('payload', ['migrate'], { stdio: 'inherit', env: environment }));
if (migrateCode !== 0) process.exit(migrateCode ?? 1);

// Next's CLI runs in this same Node, not through the node_modules/.bin shims: a shim is a shell that would not
// pass our SIGTERM on, and the server would outlive us.
const nextCli = fileURLToPath(import.meta.resolve('next/dist/bin/next'));
const server = spawn(process.execPath, [nextCli, 'start', ...withLocalHostByDefault(scriptArguments())], {
  stdio: 'inherit',
  env: environment,
});
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
const [code] = await exited(server);
// Asked to stop, the server's exit code (143 after SIGTERM) is no failure.
process.exit(stopping ? 0 : (code ?? 1));

function exited(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
}
