/**
 * One value per process, whichever copy of a module reads or writes it. Astro loads some modules twice in one build
 * (its configuration's copy, the pages' bundle), a CMS shard builder runs build after build in one process, each
 * build with copies of its own, and Next loads a module once per bundle: a module-level variable would be one per
 * copy. Kept among the process's globals as `Symbol.for('infohub.<name>')`.
 */
export interface ProcessSlot<T> {
  get(): T | undefined;
  /** Replaces the value; returns it. */
  set(value: T): T;
}

export function processSlot<T>(name: string): ProcessSlot<T> {
  const key = Symbol.for(`infohub.${name}`);
  const globals = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    get: () => globals[key],
    set: (value) => {
      globals[key] = value;
      return value;
    },
  };
}
