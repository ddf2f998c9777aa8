import { readFile } from 'node:fs/promises';
import { type CollectionBeforeOperationHook, ValidationError } from 'payload';
import sharp from 'sharp';

/**
 * What an uploaded image may be. A phone photo is 2–8 MB and 12 megapixels; the site never shows more than
 * 1280 pixels wide. The pixel limit is what protects the server: a small file can declare a huge image (a
 * "decompression bomb") that would take gigabytes to decode.
 */
export const uploadLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 25_000_000,
  /** By what the bytes are (sharp reads the file's header), not by the name or the type the browser claims. */
  formats: { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' },
} as const;

type AllowedFormat = keyof typeof uploadLimits.formats;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const megapixels = (pixels: number) => `${(pixels / 1_000_000).toFixed(1)} megapixels`;

/**
 * Why an uploaded file cannot be an image on the site, or undefined when it can. Reads the header for the format
 * and size, then decodes the whole image (within the pixel limit) so that a truncated or corrupt file is refused
 * here rather than failing later in the site build.
 */
export async function uploadProblem(name: string, content: Buffer): Promise<string | undefined> {
  const allowed = Object.values(uploadLimits.formats).join(', ');
  if (content.length > uploadLimits.maxBytes) {
    return `"${name}" is ${megabytes(content.length)}; an image may be at most ${megabytes(uploadLimits.maxBytes)}. Save it smaller (1600 pixels wide is plenty) and upload it again.`;
  }
  let format: string | undefined;
  let pixels = 0;
  try {
    const metadata = await sharp(content, { limitInputPixels: false }).metadata();
    format = metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format;
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  } catch {
    return `"${name}" is not an image this site can show (${allowed}): its content is not a picture file, whatever its name says.`;
  }
  if (!format || !(format in uploadLimits.formats)) {
    return `"${name}" is a ${format?.toUpperCase() ?? 'file of unknown type'}, not one of the image types the site shows (${allowed}).`;
  }
  if (pixels > uploadLimits.maxPixels) {
    return `"${name}" is ${megapixels(pixels)}; an image may be at most ${megapixels(uploadLimits.maxPixels)}. Make it smaller and upload it again.`;
  }
  try {
    await sharp(content, { limitInputPixels: uploadLimits.maxPixels, failOn: 'error' }).stats();
  } catch (error) {
    return `"${name}" is a damaged ${uploadLimits.formats[format as AllowedFormat]} file that cannot be read (${(error as Error).message.trim()}). Export it again from the original and upload that.`;
  }
  return undefined;
}

/** Checks the file of every upload before Payload stores it or makes its sizes, over HTTP and the Local API alike. */
export const refuseUnusableUploads: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args;
  const file = req.file;
  if (!file) return args;
  const content = file.data && file.data.length > 0 ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : file.data;
  const problem = await uploadProblem(file.name, content);
  if (problem) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: problem }] });
  return args;
};
