// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig, envField } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales.ts';

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
  adapter: withServerEntry(node({ mode: 'standalone' })),
  integrations: [react()],
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
    },
  },
  security: { checkOrigin: true },
  server: { port: Number(process.env.PORT) || 4321 },
});
