import { createHash } from 'node:crypto';
import type { TextEntry } from './translatableText.ts';

/** A fingerprint of some localized text: short, stable across runs, different whenever the text differs. */
export function fingerprint(entries: readonly TextEntry[]): string {
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16);
}
