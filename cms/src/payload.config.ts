import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seoPlugin } from '@payloadcms/plugin-seo';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { en } from '@payloadcms/translations/languages/en';
import { zh } from '@payloadcms/translations/languages/zh';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { chinaTimeZone } from '#common/chinaTime.ts';
import { defaultLocale, locales } from '#common/locales.ts';
import { draftedCollections, seoCollections } from '#common/publicCollections.ts';
import { payloadLogger } from './lib/logger';
import { tightenPayloadDefaults } from './access/payloadCollections';
import { hasRole } from './access/roles';
import { Counters } from './collections/Counters';
import { Documents } from './collections/Documents';
import { Figures } from './collections/Figures';
import { Industries } from './collections/Industries';
import { Inquiries } from './collections/Inquiries';
import { InquiryActivities } from './collections/InquiryActivities';
import { InquiryReplies } from './collections/InquiryReplies';
import { InvestmentProjects } from './collections/InvestmentProjects';
import { ReplyTemplates } from './collections/ReplyTemplates';
import { Media } from './collections/Media';
import { News } from './collections/News';
import { NewsCategories } from './collections/NewsCategories';
import { Offices } from './collections/Offices';
import { Pages } from './collections/Pages';
import { Parks } from './collections/Parks';
import { Policies } from './collections/Policies';
import { Projects } from './collections/Projects';
import { ProjectSteps } from './collections/ProjectSteps';
import { PromotionActivities } from './collections/PromotionActivities';
import { RoutingRules } from './collections/RoutingRules';
import { Stories } from './collections/Stories';
import { Users } from './collections/Users';
import { guideImageEndpoint } from './endpoints/guideImage';
import { healthzEndpoint, readyzEndpoint } from './health/endpoints';
import { recordJobsRun } from './health/jobsHeartbeat';
import { previewEndpoint } from './endpoints/preview';
import { untouchedDraftEndpoint } from './endpoints/untouchedDraft';
import { documentBudget } from './graphql/cost';
import { siteSearchEndpoint } from './search/endpoint';
import { portalSearchPlugin } from './search/plugin';
import { LeadDesk } from './globals/LeadDesk';
import { Location } from './globals/Location';
import { Site } from './globals/Site';
import { policyStatusChange, policyStatusSweep } from './jobs/policyStatusChange';
import { revalidateSite } from './revalidation/job';
import { sendInquiryEmail } from './jobs/sendInquiryEmail';
import { followUpSweep } from './jobs/followUpSweep';
import { jobsAutorun } from './jobs/autorun';
import { obligationSweep } from './jobs/obligationSweep';
import { keepFieldErrors } from './hooks/keepFieldErrors';
import { adminOrigins } from './lib/adminOrigins';
import { databaseAdapter, regeneratesTypesOnStart } from './lib/databaseAdapter';
import { emailAdapter } from './lib/email';
import { loadProjectEnv } from './lib/projectEnv';
import { previewUrl } from './lib/previewUrl';
import { resolvePayloadSecret } from './lib/secret';
import { multipartFileLimit } from './lib/bodyLimits';
import { objectStoragePlugin } from './lib/objectStorage';
import { seoDescription, seoFields, seoTitle } from './lib/seo';
import { adminTranslations } from './i18n/adminTranslations';
import { adminTimestampFormat } from './i18n/dateFormats';
import { localeLabels } from './i18n/localeLabels';
import { prepareOnInit } from './seed/prepareOnInit';
import { publishLedgerFigures } from './report/endpoints/publishFigures';
import { monthlyReportCsv } from './report/endpoints/reportCsv';

loadProjectEnv();

const dirname = path.dirname(fileURLToPath(import.meta.url));

const config = buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  // A session cookie counts only from the admin's own origins (cms/src/lib/adminOrigins.ts).
  csrf: adminOrigins(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 湘潭高新区门户 CMS' },
    // Not Gravatar: the admin would send a hash of every user's email address to a third party
    // (and its policy allows images from the CMS only).
    avatar: 'default',
    // Times are entered and shown in China time, whatever the editor's computer is set to: the
    // schedule drawer offers this one zone, chosen already (cms/src/collections/versions.ts).
    timezones: {
      supportedTimezones: [{ label: 'Asia/Shanghai (UTC+8)', value: chinaTimeZone }],
      defaultTimezone: chinaTimeZone,
    },
    // Moments in lists, "last modified" and read-only timestamps (cms/src/i18n/dateFormats.ts).
    dateFormat: adminTimestampFormat,
    components: {
      // A banner over a document's edit view whenever its content locale is not the admin's language.
      header: ['/components/EditingLocaleBanner#EditingLocaleBanner'],
      beforeDashboard: ['/components/EditorGuideLink#EditorGuideLink'],
      afterNavLinks: ['/components/MonthlyReportLink#MonthlyReportLink'],
      views: {
        guide: { Component: '/components/EditorGuide#EditorGuide', path: '/guide' },
        // The bureau's monthly report (月通报) for a month, quarter or year.
        monthlyReport: { Component: '/components/MonthlyReport#MonthlyReport', path: '/monthly-report' },
        // A signed-in user refused a page is told they lack the permission, not to log in.
        unauthorized: { Component: '/components/NoPermission#NoPermission' },
        // The year's ledger of newly introduced projects (cms/src/collections/InvestmentProjects/ledger.ts).
        ledger: { Component: '/components/LedgerView#LedgerView', path: '/ledger' },
      },
    },
    // The draft beside the editor, on the real site (server-rendered: the preview page reloads
    // itself after each autosave or save). Same signed link as the Preview button.
    livePreview: {
      collections: [...draftedCollections],
      url: ({ data, collectionConfig, locale, req }) =>
        collectionConfig ? previewUrl(collectionConfig.slug, data?.id, locale?.code, req) : null,
      breakpoints: [
        { name: 'mobile', label: '手机 / Mobile', width: 375, height: 667 },
        { name: 'desktop', label: '桌面 / Desktop', width: 1440, height: 900 },
      ],
    },
    // Absolute, so `payload generate:importmap` works from the repository root.
    importMap: { baseDir: dirname, importMapFile: path.join(dirname, 'app', '(payload)', 'admin', 'importMap.js') },
  },
  // The admin interface: Chinese by default (whatever the browser asks for: cms/src/proxy.ts),
  // English when the user picks it in their account settings. Our own strings and corrections of
  // Payload's are in cms/src/i18n/adminTranslations.ts.
  i18n: { fallbackLanguage: 'zh', supportedLanguages: { zh, en }, translations: adminTranslations },
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: localeLabels[l.code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [
    Industries,
    Parks,
    Projects,
    Figures,
    Policies,
    News,
    NewsCategories,
    Stories,
    Offices,
    Pages,
    Media,
    Documents,
    Inquiries,
    InquiryActivities,
    InquiryReplies,
    ReplyTemplates,
    RoutingRules,
    InvestmentProjects,
    ProjectSteps,
    PromotionActivities,
    Counters,
    Users,
  ],
  globals: [Site, Location, LeadDesk],
  endpoints: [
    previewEndpoint,
    siteSearchEndpoint,
    guideImageEndpoint,
    untouchedDraftEndpoint,
    healthzEndpoint,
    readyzEndpoint,
    monthlyReportCsv,
    publishLedgerFigures,
  ],
  hooks: { afterError: [keepFieldErrors] },
  // Uploads: images up to 20 MB (sharp makes the sizes), PDF attachments up to PDF_MAX_BYTES.
  // A larger file is cut off and refused by the collection's hook with a bilingual 400
  // (cms/src/lib/uploadLimits.ts); aborting here would answer 500.
  upload: { abortOnLimit: false, limits: { fileSize: multipartFileLimit() } },
  plugins: [
    // Per-document title and description for search engines, in both languages.
    seoPlugin({
      collections: [...seoCollections],
      uploadsCollection: 'media',
      generateTitle: seoTitle,
      generateDescription: seoDescription,
      // The plugin's fields have no labels of their own ("Title", "Description" in every language).
      fields: seoFields,
    }),
    // Site search through the database: a synced, localized `search` collection (cms/src/search/).
    portalSearchPlugin,
    // Uploads (images with their sharp sizes, PDFs) in an S3-compatible bucket when S3_BUCKET is
    // set, on disk otherwise (cms/src/lib/objectStorage.ts).
    objectStoragePlugin(),
  ],
  email: emailAdapter(),
  // JSON lines in production, as the CMS's request lines (cms/src/lib/logger.ts).
  logger: payloadLogger(),
  jobs: {
    // Payload adds `schedulePublish` (scheduled publish/unpublish, queue `default`) itself.
    tasks: [sendInquiryEmail, revalidateSite, policyStatusChange, policyStatusSweep, followUpSweep, obligationSweep],
    // A policy's pending status-change job is replaced when its dates change (concurrency key).
    enableConcurrencyControl: true,
    // The CMS runs its own queue (no external cron): every few seconds it runs due jobs
    // (notifications, scheduled publishing, revalidation retries, policy status changes, the
    // lead desk's hourly follow-up round).
    // Several processes on one database share the queue: each job is claimed by one of them
    // (cms/src/jobs/claims.ts). JOBS_AUTORUN=false turns running off in this process
    // (cms/src/jobs/autorun.ts): one chosen worker, or a one-off script that must not send.
    autoRun: [{ cron: process.env.JOBS_AUTORUN_CRON || '*/5 * * * * *', queue: 'default', limit: 50 }],
    // Each tick that runs is recorded: `/api/readyz` reports a runner that stopped (cms/src/health/).
    shouldAutoRun: (payload) => {
      if (!jobsAutorun()) return false;
      recordJobsRun(payload);
      return true;
    },
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
  typescript: { outputFile: path.join(dirname, 'payload-types.ts'), autoGenerate: regeneratesTypesOnStart() },
  // Staff only (cms/src/graphql/staffOnly.ts); each request bounded in the documents it may read.
  graphQL: { disablePlaygroundInProduction: true, validationRules: (args) => [documentBudget(args)] },
  telemetry: false,
  // `npm start` prepares the database here, inside the CMS process (cms/src/seed/prepareOnInit.ts).
  onInit: prepareOnInit,
});

export default config.then(tightenPayloadDefaults);
