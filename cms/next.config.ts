import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';
import type { NextConfig } from 'next';
import { securityHeaderRules } from './src/security/securityHeaders.ts';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const nextConfig: NextConfig = {
  // content-schemas is TypeScript source without a build step.
  transpilePackages: ['@infohub/content-schemas'],
  // pnpm links workspace packages and the store from the workspace root, outside this folder.
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
  // Readable server code: error names reach API clients (a minified ValidationError is called "o") and logs.
  // Turbopack keeps a build cache in .next for the next `pnpm start` after a change; a clean clone (CI) never reads
  // it, and writing it took 30 s of the 80 s build.
  experimental: { serverMinification: false, turbopackFileSystemCacheForBuild: !process.env.CI },
  // The types are checked once, by `pnpm test`'s type check (tsc over these same sources, with this tsconfig); checking
  // them again in every build took 20 s.
  typescript: { ignoreBuildErrors: true },
  // The CMS has no pages of its own: its front door is the admin.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // CSP, frame-ancestors, nosniff, referrer policy, and HSTS when served over HTTPS (src/security/securityHeaders.ts).
  headers: async () => securityHeaderRules({ development: process.env.NODE_ENV !== 'production' }),
  poweredByHeader: false,
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
