/**
 * The most bytes of request body the site takes: its forms (an inquiry is at most a few tens of
 * kilobytes) and the CMS's revalidation calls. Astro's actions (`security.actionBodySizeLimit`),
 * the Node adapter (`bodySizeLimit`) and the site's server (src/server/requestBody.ts) all use it.
 */
export const requestBodyLimit = 1024 * 1024;
