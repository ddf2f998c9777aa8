import { parseArgs } from 'node:util';
import { type BenchScaleName, benchScales } from './generateContent.ts';

export const benchSections = ['site', 'publish', 'weight', 'search', 'cms', 'references'] as const;
export type BenchSection = (typeof benchSections)[number];

export interface BenchOptions {
  sections: BenchSection[];
  scale: BenchScaleName;
  /** Also build and measure the demo content beside the generated content. */
  demo: boolean;
  /**
   * Load-test the CMS database as an earlier run left it, without seeding what is missing: seeding the large scale
   * through Payload takes over an hour on a busy two-core machine.
   */
  skipSeed: boolean;
}

export const benchUsage = `usage: pnpm bench [-- --only ${benchSections.join(',')}] [--scale ${Object.keys(benchScales).join('|')}] [--no-demo] [--skip-seed]`;

/** Reads `pnpm bench -- --only site,search --scale small`; every section at the large scale when nothing is given. */
export function parseBenchArguments(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      only: { type: 'string' },
      scale: { type: 'string', default: 'large' },
      'no-demo': { type: 'boolean', default: false },
      'skip-seed': { type: 'boolean', default: false },
    },
  });
  const scale = values.scale as string;
  if (!(scale in benchScales))
    throw new Error(`--scale must be one of ${Object.keys(benchScales).join(', ')}, not "${scale}".\n${benchUsage}`);
  const sections = values.only
    ? values.only.split(',').map((name) => {
        const section = name.trim();
        if (!(benchSections as readonly string[]).includes(section))
          throw new Error(`--only: "${section}" is not a section; choose from ${benchSections.join(', ')}.\n${benchUsage}`);
        return section as BenchSection;
      })
    : [...benchSections];
  return { sections, scale: scale as BenchScaleName, demo: !values['no-demo'], skipSeed: values['skip-seed'] ?? false };
}
