import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { en } from '@payloadcms/translations/languages/en';
import { zh } from '@payloadcms/translations/languages/zh';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { Inquiries } from './collections/Inquiries';
import { Media } from './collections/Media';
import { News } from './collections/News';
import { Parks } from './collections/Parks';
import { Users } from './collections/Users';
import { Site } from './globals/Site';
import { databaseAdapter } from './lib/databaseAdapter';
import { loadProjectEnv } from './lib/projectEnv';
import { resolvePayloadSecret } from './lib/secret';

loadProjectEnv();

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 湘潭高新区门户 CMS' },
    // Absolute, so `payload generate:importmap` works from the repository root.
    importMap: { baseDir: dirname, importMapFile: path.join(dirname, 'app', '(payload)', 'admin', 'importMap.js') },
  },
  // The admin interface: Chinese by default, English selectable in each user's account settings.
  i18n: { fallbackLanguage: 'zh', supportedLanguages: { zh, en } },
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label })),
    defaultLocale,
    fallback: true,
  },
  collections: [Users, Media, Parks, News, Inquiries],
  globals: [Site],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
});
