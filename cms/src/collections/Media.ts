import type { CollectionBeforeValidateHook, CollectionConfig, TextFieldSingleValidation } from 'payload';
import { anyone } from '../access/anyone';
import { editorialCollection } from './editorial';
import { mediaDirectory } from '../lib/projectPaths';
import { uploadChecks } from '../lib/uploadLimits';

const missing = {
  zh: '请填写中文替代文字 / Enter the alt text in Chinese',
  en: '请填写英文替代文字 / Enter the alt text in English',
} as const;

const altRequired =
  (language: keyof typeof missing): TextFieldSingleValidation =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' ? true : missing[language];

/**
 * Clients that write `alt` in a locale (`?locale=en`, as for any localized text) write that
 * language's alt text.
 */
const altOfLocale: CollectionBeforeValidateHook = ({ data, req }) => {
  if (data && typeof data.alt === 'string') {
    data[req.locale === 'en' ? 'altEn' : 'altZh'] = data.alt;
    delete data.alt;
  }
  return data;
};

const editorial = editorialCollection('media', anyone);
const webp = { format: 'webp', options: { quality: 82 } } as const;

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '媒体文件', en: 'Media file' }, plural: { zh: '媒体库', en: 'Media' } },
  // Pages that show an image are tagged `media:<id>`, so new alt text or a replaced file shows at once.
  access: editorial.access,
  hooks: { ...editorial.hooks, beforeOperation: [uploadChecks('image')], beforeValidate: [altOfLocale] },
  upload: {
    staticDir: mediaDirectory(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Editors set the focal point in the upload form; sizes with a fixed aspect ratio are cut around it.
    focalPoint: true,
    crop: true,
    // sharp makes these once at upload (and again when the file is replaced); the site picks the
    // nearest width for srcset. Only `thumbnail` is cropped; the others keep the aspect ratio.
    // Every size is WebP too (the upload's formatOptions only converts the original).
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: webp,
  },
  fields: [
    // Both languages on one form, both required: an image cannot be saved without them.
    {
      type: 'row',
      fields: [
        {
          name: 'altZh',
          type: 'text',
          required: true,
          validate: altRequired('zh'),
          label: { zh: '替代文字（中文）', en: 'Alt text (Chinese)' },
          admin: { description: { zh: '为看不到图片的读者描述图片内容。', en: 'Describes the image for readers who cannot see it.' } },
        },
        {
          name: 'altEn',
          type: 'text',
          required: true,
          validate: altRequired('en'),
          label: { zh: '替代文字（英文）', en: 'Alt text (English)' },
          admin: { description: { zh: '英文页面使用。', en: 'Used on the English pages.' } },
        },
      ],
    },
    {
      // What pages read: the alt text in the language asked for (`?locale=`), not stored.
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字', en: 'Alt text' },
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [({ siblingData, req }) => (req.locale === 'en' ? siblingData?.altEn : siblingData?.altZh) ?? null] },
    },
  ],
};
