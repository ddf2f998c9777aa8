import { existsSync, readFileSync } from 'node:fs';

/**
 * The CMS seed gives the demo admin a random password the first time and keeps it, readable by its owner only, in
 * `cms/data/demo-admin.json` (`{ "email", "password" }`). The start command repeats it at the end, where the
 * person who just started infohub looks.
 */
export function describeDemoLogin(file: string): string {
  if (!existsSync(file)) {
    return '  Demo login: set when the demo admin was first created (INFOHUB_DEMO_PASSWORD, or see cms/README.md).';
  }
  const { email, password } = JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string };
  return `  Demo login:  ${email}\n  Password:    ${password}`;
}
