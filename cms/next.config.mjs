import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPayload } from '@payloadcms/next/withPayload';
import { multipartFileLimit } from './src/lib/bodyLimits.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `npm start` building a checkout that has no build yet (scripts/lib/portal.ts buildIfMissing)
// skips the type check (`npm run check` runs it; it does not change what is built) and writing
// Turbopack's build cache, which only a later rebuild reads: a fifth to a third of a first
// build here. `npm run build:cms` keeps both.
const startBuild = process.env.PORTAL_START_BUILD === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // node_modules and the shared locale module live in the repository root, above cms/.
  outputFileTracingRoot: root,
  turbopack: { root },
  typescript: { ignoreBuildErrors: startBuild },
  experimental: { turbopackFileSystemCacheForBuild: !startBuild },
  poweredByHeader: false,
  images: { unoptimized: true },
  // Next's build assets never pass through src/proxy.ts (which sets every other response's headers).
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

// With a proxy (src/proxy.ts) Next reads at most this much of a request body (10 MB unless told)
// and passes the rest on cut off, which Payload's upload parser answers with a 500. The CMS's own
// limit (src/lib/bodyLimits.ts, checked by src/proxy.ts from the declared length) is the one that
// counts: the largest file plus 1 MiB for the form's other fields.
nextConfig.experimental = { ...nextConfig.experimental, proxyClientMaxBodySize: multipartFileLimit() + 1024 * 1024 };

export default withPayload(nextConfig, { devBundleServerPackages: false });
