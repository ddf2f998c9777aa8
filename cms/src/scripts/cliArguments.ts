import path from 'node:path';

/**
 * The arguments given after the script name. `payload run` receives them after a `--` (so that it does not read
 * them itself), and pnpm may pass on the caller's own `--`: both are dropped.
 */
export function scriptArguments(argv: readonly string[] = process.argv): string[] {
  const args = argv.slice(2);
  while (args[0] === '--') args.shift();
  return args;
}

/** A path given on the command line, taken from where the caller ran pnpm (INIT_CWD), not from cms/. */
export function resolveFromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/**
 * `next start` listens on every network interface unless told otherwise, which would put a fresh admin (and its
 * demo login) on the local network. Unless the caller chose a host with `-H`/`--hostname`, or in HOSTNAME, it
 * listens on 127.0.0.1 only.
 */
export function withLocalHostByDefault(
  args: readonly string[],
  environment: Readonly<Record<string, string | undefined>> = process.env,
): string[] {
  const hostGiven = args.some((arg) => arg === '--hostname' || arg.startsWith('--hostname=') || arg.startsWith('-H'));
  if (hostGiven) return [...args];
  return [...args, '-H', environment.HOSTNAME?.trim() || '127.0.0.1'];
}
