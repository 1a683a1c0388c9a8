import { adminOrigins as originsOf } from '#common/adminOrigins.ts';

type Env = Record<string, string | undefined>;

/**
 * The origins the CMS admin is served from (src/common/adminOrigins.ts, the list the site frames
 * live preview for). Payload's `csrf` list: a cookie sent with any other Origin does not sign
 * anyone in.
 */
export const adminOrigins = (env: Env = process.env): string[] => originsOf(env);

/** The admin is reached over HTTPS: its session cookie is then sent over HTTPS only. */
export const adminServedOverHttps = (env: Env = process.env) => env.CMS_PUBLIC_URL?.startsWith('https:') ?? false;
