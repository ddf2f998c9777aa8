import path from 'node:path';
import type { RawDocument } from './contentSource.ts';

/** The uploaded file's name, checked: Payload stores a bare name, anything else could point outside the folder. */
export function mediaFilename(media: RawDocument): string {
  const filename = media.filename;
  if (typeof filename !== 'string' || filename === '' || path.basename(filename) !== filename) {
    throw new Error(`media #${String(media.id)} has no usable file name (${JSON.stringify(filename)})`);
  }
  return filename;
}
