// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { defineConfig, envField } from 'astro/config';
import { defaultLocale, localeCodes } from '#common/locales.ts';
import { requestBodyLimit } from './src/lib/requestBodyLimit.ts';

/**
 * The Node adapter in standalone mode, built around our own server entry (src/server.ts), which
 * answers route-cache hits before the adapter's handler and passes everything else to it.
 * @param {import('astro').AstroIntegration} adapter
 * @returns {import('astro').AstroIntegration}
 */
function withServerEntry(adapter) {
  const configDone = adapter.hooks['astro:config:done'];
  return {
    ...adapter,
    hooks: {
      ...adapter.hooks,
      'astro:config:done': (params) =>
        configDone?.({
          ...params,
          setAdapter: (settings) => params.setAdapter({ ...settings, serverEntrypoint: new URL('./src/server.ts', import.meta.url) }),
        }),
    },
  };
}

export default defineConfig({
  // Canonical and hreflang URLs; set SITE_PUBLIC_URL to the public address in production.
  site: process.env.SITE_PUBLIC_URL || 'http://localhost:4321',
  output: 'server',
  // src/server.ts refuses a body over requestBodyLimit before the adapter reads it; the adapter's
  // own limit (1 GiB by default) and the actions' are the same, for anything that reaches them.
  adapter: withServerEntry(node({ mode: 'standalone', bodySizeLimit: requestBodyLimit })),
  // The inquiry form island is written against React's API and runs on Preact through
  // preact/compat: the same component for about a tenth of react-dom's bytes (JavaScript budget).
  integrations: [
    preact({ compat: true }),
    {
      // `client:interaction` (src/directives/interaction.ts): the inquiry form hydrates when
      // someone starts using it, not on load.
      name: 'client-interaction-directive',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({
            name: 'interaction',
            entrypoint: fileURLToPath(new URL('./src/directives/interaction.ts', import.meta.url)),
          }),
      },
    },
  ],
  build: {
    // The stylesheet (about 8 KB, 2.5 KB gzipped) goes into each page instead of a separate file:
    // one round trip less before the first paint, and no layout of the page without its styles.
    // With a separate file Chromium lays a page out twice (before and after the stylesheet
    // arrives), and on Chinese pages each layout costs 100-200 ms of font fallback on a
    // phone-class CPU (docs/quality-gates.md, Lighthouse). Astro's CSP hashes cover inline styles.
    inlineStylesheets: 'always',
  },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // Both languages are prefixed; `/` is answered by src/pages/index.ts from Accept-Language.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Pages are rendered on demand and kept in memory until the CMS invalidates their tags.
  // Our memory cache (Astro's semantics): a render racing an invalidation is never kept, and
  // src/server.ts answers hits from it before Astro (src/lib/pageCacheProvider.ts).
  cache: { provider: { name: 'memory', entrypoint: './src/lib/pageCacheProvider.ts', config: { max: 2000 } } },
  env: {
    schema: {
      // Secret (server-only) rather than public: public server variables are inlined at build time.
      CMS_URL: envField.string({ context: 'server', access: 'secret', default: 'http://localhost:3000' }),
      REVALIDATE_SECRET: envField.string({ context: 'server', access: 'secret', optional: true }),
      SITE_API_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Per client IP address and window: inquiries sent, and tracking lookups.
      INQUIRY_RATE_LIMIT: envField.number({ context: 'server', access: 'secret', default: 10 }),
      TRACK_RATE_LIMIT: envField.number({ context: 'server', access: 'secret', default: 20 }),
      RATE_LIMIT_WINDOW_SECONDS: envField.number({ context: 'server', access: 'secret', default: 3600 }),
      // Redis that counts those limits once across all site instances; unset: each process counts alone.
      REDIS_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Where editors use the CMS admin in the browser. With CMS_URL and the loopback addresses
      // of CMS_PORT, the only origins that may frame the preview pages (src/common/adminOrigins.ts).
      CMS_PUBLIC_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      CMS_PORT: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Behind a TLS-terminating proxy that sets X-Forwarded-Proto: trust it to tell that a
      // request came over HTTPS (for Strict-Transport-Security).
      TRUST_PROXY: envField.boolean({ context: 'server', access: 'secret', default: false }),
      // Behind Varnish (deploy/varnish): send each cached page's tags in `xkey`, which Varnish
      // purges by and strips (src/lib/cacheTagHeader.ts). Off without it: nothing would strip them.
      CACHE_TAG_HEADER: envField.boolean({ context: 'server', access: 'secret', default: false }),
    },
  },
  security: {
    checkOrigin: true,
    // Behind the reverse proxy (deploy/nginx), a request for the public host may say how it came
    // in (X-Forwarded-Proto/-Host) and from whom (X-Forwarded-For): the form's origin check then
    // sees the browser's https: origin and the rate limit the client's address. src/server.ts
    // drops those headers unless TRUST_PROXY=true, so a client reaching the site directly cannot.
    allowedDomains: [{ hostname: new URL(process.env.SITE_PUBLIC_URL || 'http://localhost:4321').hostname }],
    actionBodySizeLimit: requestBodyLimit,
    // Content-Security-Policy with hashes of every script and style Astro emits: on-demand pages
    // get it as a response header, to which src/middleware/index.ts adds `frame-ancestors`
    // (which a <meta> could not carry). Nothing else may load from anywhere but this origin.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  // Nothing reads or writes Astro.session: without this the Node adapter would keep sessions in
  // files of each process, state one site instance would not share with the others.
  session: false,
  server: { port: Number(process.env.PORT) || 4321 },
});
