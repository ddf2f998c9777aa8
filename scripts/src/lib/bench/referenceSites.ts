/**
 * Reference sites built from the same generated content, to read our figures against: Astro Starlight (a
 * documentation site on the same framework) and Hugo (a static site generator in Go, Debian's package) with a
 * minimal theme of our own, indexed by the same Pagefind. Each gets one Markdown file per document and language.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Localized, Snapshot } from '@infohub/content-schemas';
import { repoRoot } from '../workspace.ts';
import { inMiB, measureStep } from './measureProcess.ts';
import { countHtmlPages } from './siteBuild.ts';

export interface ReferenceBuild {
  name: string;
  htmlPages: number;
  totalSeconds: number;
  /** For Hugo: the site generator alone and Pagefind after it; Starlight runs Pagefind inside its build. */
  generatorSeconds: number;
  pagefindSeconds: number | undefined;
  peakTreeMiB: number;
  siteDir: string;
  /** A guide's address on the reference site, to weigh it. */
  guideUrl: string;
}

function inLocale(value: Localized<string> | undefined, locale: string, fallback: string): string {
  return value?.[locale] ?? value?.[fallback] ?? '';
}

/** YAML front matter needs only the title; JSON strings are valid YAML scalars. */
function markdownPage(title: string, blocks: string[]): string {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${blocks.filter((block) => block.trim() !== '').join('\n\n')}\n`;
}

const htmlToText = (html: string) =>
  html
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Writes `<lang>/<country>/<guides|services|hubs>/<slug>.md` under a content folder, for every language, and a home
 * page per language (Starlight's is `index.md`; in Hugo that name would make the whole language one page bundle).
 */
export function writeMarkdownContent(snapshot: Snapshot, contentDir: string, homeFile: 'index.md' | '_index.md'): number {
  rmSync(contentDir, { recursive: true, force: true });
  const fallback = snapshot.defaultLocale;
  let written = 0;
  const write = (locale: string, country: string, kind: string, slug: string, content: string) => {
    const folder = path.join(contentDir, locale, country, kind);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${slug}.md`), content);
    written++;
  };
  for (const { code: locale } of snapshot.locales) {
    const text = (value: Localized<string> | undefined) => inLocale(value, locale, fallback);
    mkdirSync(path.join(contentDir, locale), { recursive: true });
    writeFileSync(path.join(contentDir, locale, homeFile), markdownPage('infohub', []));
    for (const guide of snapshot.guides)
      write(
        locale,
        guide.country,
        'guides',
        guide.slug,
        markdownPage(text(guide.title), [
          text(guide.summary),
          htmlToText(inLocale(guide.bodyHtml, locale, fallback)),
          guide.requiredDocuments
            .map((document) => `- ${text(document.name)}${document.details ? `: ${text(document.details)}` : ''}`)
            .join('\n'),
          guide.steps.map((step, index) => `${index + 1}. **${text(step.title)}** ${text(step.details)}`).join('\n'),
          [text(guide.cost), text(guide.processingTime), text(guide.whereToApply)].join('\n\n'),
          guide.officialSources.map((source) => `- [${text(source.title)}](${source.url})`).join('\n'),
        ]),
      );
    for (const service of snapshot.services)
      write(
        locale,
        service.country,
        'services',
        service.slug,
        markdownPage(text(service.name), [
          text(service.description),
          `${service.organization} · ${text(service.address)} · ${service.openingHours ?? ''}`,
          service.phones.map((phone) => `- ${phone.number} (${phone.type})`).join('\n'),
          [text(service.fees), text(service.eligibility)].join('\n\n'),
        ]),
      );
    for (const hub of snapshot.hubs)
      write(
        locale,
        hub.country,
        'hubs',
        hub.slug,
        markdownPage(text(hub.name), [
          text(hub.description),
          `${text(hub.address)} · ${hub.openingHours ?? ''}`,
          hub.phones.map((phone) => `- ${phone.number}`).join('\n'),
        ]),
      );
  }
  return written;
}

function firstGuideUrl(snapshot: Snapshot): string {
  const guide = snapshot.guides[0];
  if (!guide) throw new Error('The benchmark snapshot has no guide.');
  return `/${snapshot.defaultLocale}/${guide.country}/guides/${guide.slug}/`;
}

const starlightDir = `${repoRoot}scripts/bench/starlight-reference`;

export async function buildStarlight(snapshot: Snapshot, outDir: string): Promise<ReferenceBuild> {
  writeMarkdownContent(snapshot, path.join(starlightDir, 'src', 'content', 'docs'), 'index.md');
  rmSync(outDir, { recursive: true, force: true });
  const build = await measureStep('Build the Starlight reference', 'pnpm', ['--filter', '@infohub/bench-starlight', 'run', 'build'], {
    env: { STARLIGHT_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return {
    name: 'Starlight',
    htmlPages: countHtmlPages(outDir),
    totalSeconds: build.milliseconds / 1000,
    generatorSeconds: build.milliseconds / 1000,
    pagefindSeconds: undefined,
    peakTreeMiB: inMiB(build.peakTreeRssBytes),
    siteDir: outDir,
    guideUrl: firstGuideUrl(snapshot),
  };
}

/** Debian's package; the bench says how to get it rather than failing halfway. */
export function requireHugo(): void {
  if (spawnSync('hugo', ['version'], { stdio: 'ignore' }).status !== 0)
    throw new Error('The Hugo reference needs Debian\'s "hugo" package: sudo apt-get install -y hugo (or run without --only references).');
}

export async function buildHugo(snapshot: Snapshot, workDir: string): Promise<ReferenceBuild> {
  requireHugo();
  rmSync(workDir, { recursive: true, force: true });
  writeMarkdownContent(snapshot, path.join(workDir, 'content'), '_index.md');
  const languages = snapshot.locales
    .map(
      (locale, index) =>
        `[languages.${locale.code}]\nlanguageName = ${JSON.stringify(locale.label)}\ncontentDir = "content/${locale.code}"\nweight = ${index + 1}\n`,
    )
    .join('\n');
  writeFileSync(
    path.join(workDir, 'hugo.toml'),
    [
      'baseURL = "http://localhost:4321/"',
      'title = "infohub (Hugo reference)"',
      `defaultContentLanguage = "${snapshot.defaultLocale}"`,
      'defaultContentLanguageInSubdir = true',
      `themesDir = ${JSON.stringify(`${repoRoot}scripts/bench/hugo-reference`)}`,
      'theme = "minimal"',
      'disableKinds = ["taxonomy", "term", "RSS"]',
      '',
      languages,
    ].join('\n'),
  );
  const publicDir = path.join(workDir, 'public');
  const hugo = await measureStep('Build the Hugo reference', 'hugo', ['--quiet', '--source', workDir, '--destination', publicDir]);
  const pagefind = await measureStep('Index the Hugo reference with Pagefind', 'pnpm', [
    '--filter',
    '@infohub/site',
    'exec',
    'pagefind',
    '--site',
    publicDir,
  ]);
  return {
    name: 'Hugo + Pagefind',
    htmlPages: countHtmlPages(publicDir),
    totalSeconds: (hugo.milliseconds + pagefind.milliseconds) / 1000,
    generatorSeconds: hugo.milliseconds / 1000,
    pagefindSeconds: pagefind.milliseconds / 1000,
    peakTreeMiB: inMiB(Math.max(hugo.peakTreeRssBytes, pagefind.peakTreeRssBytes)),
    siteDir: publicDir,
    guideUrl: firstGuideUrl(snapshot),
  };
}
