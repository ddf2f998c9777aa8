import path from 'node:path';
import type { RawDocument } from './contentSource.ts';

/** Uploaded files go in this folder beside the snapshot file; the snapshot names them relative to its own folder. */
export const mediaFolder = 'media';

/** The uploaded file's name, checked: Payload stores a bare name, anything else could point outside the folder. */
export function mediaFilename(media: RawDocument): string {
  const filename = media.filename;
  if (typeof filename !== 'string' || filename === '' || path.basename(filename) !== filename) {
    throw new Error(`media #${String(media.id)} has no usable file name (${JSON.stringify(filename)})`);
  }
  return filename;
}

/** Where the snapshot says the file is, relative to the snapshot's folder. */
export function mediaPath(media: RawDocument): string {
  return `${mediaFolder}/${mediaFilename(media)}`;
}
