import { readFileSync, statSync } from 'node:fs';
import { processSlot } from './processSlot.ts';

/**
 * `read` for a file of a built site, remembering its answers to the last `limit` files by each file's identity:
 * device, inode, size and modification time. A release's files are written once and never changed, and most pages
 * of a publish's shards are the live release's files hard-linked, which a warm shard builder read when it built
 * them: those are not read again. A file written since, even at the same path, is another inode, and is read.
 * One memory per process under `name` (see processSlot.ts), whichever copy of a module asks.
 */
export function rememberByFile<T>(name: string, read: (bytes: Buffer) => T, limit: number): (file: string) => T {
  const slot = processSlot<Map<string, T>>(`byFile.${name}`);
  const answers = slot.get() ?? slot.set(new Map());
  return (file) => {
    const { dev, ino, size, mtimeNs } = statSync(file, { bigint: true });
    const identity = `${dev}:${ino}:${size}:${mtimeNs}`;
    if (answers.has(identity)) return answers.get(identity) as T;
    const answer = read(readFileSync(file));
    // Maps keep insertion order: the first key is the oldest answer.
    if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    answers.set(identity, answer);
    return answer;
  };
}
