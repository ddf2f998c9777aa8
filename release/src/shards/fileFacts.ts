import { readFileSync, statSync } from 'node:fs';

/** About one large build's pages; past it the memory starts again. */
const rememberedFilesAtMost = 50_000;

/**
 * A fact read from a file of a release (the assets a page names, a sheet's hash), remembered by the file's identity:
 * device, inode, size and modification time. A release's files are written once and never changed, and most pages
 * of a publish's shards are the live release's files hard-linked, which a warm shard builder read when it built
 * them: those are not read again (at 13,778 pages, about 1,800 pages and 690 sheets a publish). A file written
 * since, even at the same path, is another inode, and read.
 */
export function rememberedByFile<T>(read: (bytes: Buffer) => T): (file: string) => T {
  const facts = new Map<string, T>();
  return (file) => {
    const { dev, ino, size, mtimeNs } = statSync(file, { bigint: true });
    const identity = `${dev}:${ino}:${size}:${mtimeNs}`;
    if (facts.has(identity)) return facts.get(identity) as T;
    const fact = read(readFileSync(file));
    if (facts.size >= rememberedFilesAtMost) facts.clear();
    facts.set(identity, fact);
    return fact;
  };
}
