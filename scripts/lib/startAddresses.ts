/**
 * The addresses `npm start` prints, and the site's public address it gives both servers:
 * SITE_PUBLIC_URL when it is set, else the site address it prints. The CMS opens previews there
 * ("Preview in a new tab", live preview) and the site builds its canonical links from it, so an
 * editor who follows the printed links stays on one address.
 */
export function startAddresses(env: Record<string, string | undefined>, port: number, cmsPort: number) {
  const site = `http://localhost:${port}`;
  return { site, admin: `http://localhost:${cmsPort}/admin`, sitePublicUrl: env.SITE_PUBLIC_URL || site };
}
