import type { References } from './toSnapshotDocuments.ts';

/**
 * A reference a conversion looked up, as "table:id" (e.g. "countrySlugs:3", "guides:12" for a link to guide 12),
 * or "table:*" when it read a whole table. The index keeps each document's uses, so that an incremental export
 * converts again exactly the documents whose references now resolve differently.
 */
export type ReferenceUse = string;
export type ReferenceTable = keyof References;

export interface WatchedReferences {
  /** Runs one document's conversion against the references and returns what it looked up, sorted. */
  watch<T>(convert: (references: References) => T): { value: T; uses: ReferenceUse[] };
}

/**
 * Records lookups by observing them rather than by listing what each converter reads, so a converter that starts
 * reading another reference is tracked without anyone remembering to say so.
 */
export function watchReferences(references: References): WatchedReferences {
  let uses: Set<ReferenceUse> | undefined;
  const noteIn = (table: ReferenceTable) => (key: string) => uses?.add(`${table}:${key}`);
  const watched: References = {
    countrySlugs: new WatchedMap(references.countrySlugs, noteIn('countrySlugs')),
    topicSlugs: new WatchedMap(references.topicSlugs, noteIn('topicSlugs')),
    guides: new WatchedMap(references.guides, noteIn('guides')),
    mediaIds: new WatchedSet(references.mediaIds, noteIn('mediaIds')),
  };
  return {
    watch(convert) {
      uses = new Set();
      try {
        const value = convert(watched);
        return { value, uses: [...uses].sort() };
      } finally {
        uses = undefined;
      }
    },
  };
}

const wholeTable = '*';

class WatchedMap<V> extends Map<string, V> {
  constructor(
    entries: ReadonlyMap<string, V>,
    private readonly note: (key: string) => void,
  ) {
    super(entries);
  }
  override get(key: string): V | undefined {
    this.note(key);
    return super.get(key);
  }
  override has(key: string): boolean {
    this.note(key);
    return super.has(key);
  }
  override get size(): number {
    this.note(wholeTable);
    return super.size;
  }
  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void): void {
    this.note(wholeTable);
    super.forEach(callback);
  }
  override entries(): MapIterator<[string, V]> {
    this.note(wholeTable);
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.note(wholeTable);
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.note(wholeTable);
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

class WatchedSet extends Set<string> {
  constructor(
    entries: ReadonlySet<string>,
    private readonly note: (key: string) => void,
  ) {
    super(entries);
  }
  override has(key: string): boolean {
    this.note(key);
    return super.has(key);
  }
  override get size(): number {
    this.note(wholeTable);
    return super.size;
  }
  override forEach(callback: (value: string, key: string, set: Set<string>) => void): void {
    this.note(wholeTable);
    super.forEach(callback);
  }
  override entries(): SetIterator<[string, string]> {
    this.note(wholeTable);
    return super.entries();
  }
  override values(): SetIterator<string> {
    this.note(wholeTable);
    return super.values();
  }
  override keys(): SetIterator<string> {
    return this.values();
  }
  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
