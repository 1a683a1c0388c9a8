import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { en } from '@payloadcms/translations/languages/en';
import { zh } from '@payloadcms/translations/languages/zh';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { Counters } from './collections/Counters';
import { Inquiries } from './collections/Inquiries';
import { InquiryActivities } from './collections/InquiryActivities';
import { Media } from './collections/Media';
import { News } from './collections/News';
import { Parks } from './collections/Parks';
import { RoutingRules } from './collections/RoutingRules';
import { Users } from './collections/Users';
import { LeadDesk } from './globals/LeadDesk';
import { Site } from './globals/Site';
import { sendInquiryEmail } from './jobs/sendInquiryEmail';
import { databaseAdapter } from './lib/databaseAdapter';
import { emailAdapter } from './lib/email';
import { loadProjectEnv } from './lib/projectEnv';
import { resolvePayloadSecret } from './lib/secret';
import { hasRole } from './access/roles';

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
  collections: [Users, Media, Parks, News, Inquiries, InquiryActivities, RoutingRules, Counters],
  globals: [Site, LeadDesk],
  email: emailAdapter(),
  jobs: {
    tasks: [sendInquiryEmail],
    // The CMS runs its own queue (no external cron): every few seconds it sends due notifications.
    // JOBS_AUTORUN=false turns this off in a process that must not send (e.g. a one-off script).
    autoRun: [{ cron: process.env.JOBS_AUTORUN_CRON || '*/5 * * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    // Only the bureau may queue or run jobs through the API; hooks queue them past access.
    access: {
      queue: ({ req }) => hasRole(req, 'admin'),
      run: ({ req }) => hasRole(req, 'admin'),
      cancel: ({ req }) => hasRole(req, 'admin'),
    },
    // Job records name inquiries: only admins may read them.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { ...defaultJobsCollection.access, read: ({ req }) => hasRole(req, 'admin') },
    }),
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
});
