import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { editorialCollection } from './editorial';
import { mediaDirectory } from '../lib/projectPaths';

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '媒体文件', en: 'Media file' }, plural: { zh: '媒体库', en: 'Media' } },
  // Pages that show an image are tagged `media:<id>`, so new alt text or a replaced file shows at once.
  ...editorialCollection('media', anyone),
  upload: {
    staticDir: mediaDirectory(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // sharp makes these once at upload; the site picks the nearest width for srcset.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { zh: '替代文字', en: 'Alt text' },
      admin: { description: { zh: '为看不到图片的读者描述图片内容。', en: 'Describes the image for readers who cannot see it.' } },
    },
  ],
};
