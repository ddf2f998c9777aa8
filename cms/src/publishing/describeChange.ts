import { publishingStrings } from './strings.ts';

/**
 * Build records store their changes in English, the way `rebuildHooks.ts` writes them (`guides "permiso" updated`),
 * so the job logs and the REST API read the same everywhere; the admin shows them in the editor's language.
 * Text that matches none of those forms is shown as stored.
 */
const documentChange = /^([a-z-]+) "(.*)" (published|updated|unpublished|deleted|created|reviewed|starts|ends)$/;
type DocumentVerb = 'published' | 'updated' | 'unpublished' | 'deleted' | 'created' | 'reviewed' | 'starts' | 'ends';
const globalChange = /^([a-z-]+) updated$/;
const fullRebuild = /^full rebuild asked by (.+)$/;
const moreChanges = /^(.*) \(\+(\d+)\)$/;

export function describeChange(stored: string, language: string | undefined): string {
  const text = publishingStrings(language);
  const document = documentChange.exec(stored);
  if (document) {
    const [, collection = '', name = '', verb] = document;
    return text.change[verb as DocumentVerb](`${text.kinds[collection] ?? collection} «${name}»`);
  }
  const global = globalChange.exec(stored);
  if (global) {
    const [, slug = ''] = global;
    return text.change.updated(text.kinds[slug] ?? slug);
  }
  const full = fullRebuild.exec(stored);
  if (full) return text.change.fullRebuild(full[1] ?? '');
  if (stored === 'rebuild after a build that stopped') return text.change.afterStoppedBuild;
  return stored;
}

/** A build's summary: its first change, and how many more joined it (`siteBuildQueue.summarize`). */
export function describeSummary(stored: string, language: string | undefined): string {
  const more = moreChanges.exec(stored);
  if (!more) return describeChange(stored, language);
  return describeChange(more[1] ?? '', language) + publishingStrings(language).change.more(Number(more[2]));
}
