import { label, mediaFields } from '@infohub/content-schemas/payload';
import type { CollectionConfig, ImageSize } from 'payload';
import { adminOrCountryEditor } from '../access/adminOrCountryEditor.ts';
import { isAdmin } from '../access/isAdmin.ts';
import { referencedByPublishedOrAuthenticated } from '../access/referencedByPublishedOrAuthenticated.ts';
import { env } from '../env.ts';
import { withInfohubValidation } from '../fields/withInfohubValidation.ts';
import { requireDefaultLocaleText } from '../hooks/requireDefaultLocaleText.ts';
import { refuseUnusableUploads, uploadLimits } from './media/uploadLimits.ts';
import { adminGroups } from './shared/adminGroups.ts';

/** WebP at widths a phone, a tablet and a printed sheet need; never enlarged past the original. */
const webpAt = (name: string, width: number): ImageSize => ({
  name,
  width,
  withoutEnlargement: true,
  formatOptions: { format: 'webp', options: { quality: 75 } },
});

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Image', 'Imagen', 'Image'), plural: label('Images', 'Imágenes', 'Images') },
  admin: { group: adminGroups.library, defaultColumns: ['filename', 'alt', 'updatedAt'] },
  // Images are shared by every country: editors upload and describe them; only admins delete one, since another
  // country's guide may show it.
  access: {
    read: referencedByPublishedOrAuthenticated('media'),
    create: adminOrCountryEditor,
    update: adminOrCountryEditor,
    delete: isAdmin,
  },
  fields: withInfohubValidation(mediaFields),
  hooks: { beforeOperation: [refuseUnusableUploads], beforeChange: [requireDefaultLocaleText] },
  upload: {
    staticDir: env.mediaDir,
    // Raster images only: the site resizes them with sharp, and SVG can carry scripts.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Payload's own resizing refuses larger images too, should a file ever reach it unchecked.
    constructorOptions: { limitInputPixels: uploadLimits.maxPixels },
    adminThumbnail: 'thumbnail',
    imageSizes: [webpAt('thumbnail', 320), webpAt('medium', 768), webpAt('large', 1280)],
  },
};
