type Env = Record<string, string | undefined>;

function originOf(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) address such as https://cms.example.org, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${variable} must start with http:// or https://, not "${value}"`);
  return url.origin;
}

/**
 * The origins the CMS admin is served from: CMS_PUBLIC_URL, CMS_URL, and the loopback addresses
 * `npm start` and `npm run dev` print (http://localhost:<CMS_PORT>, http://127.0.0.1:<CMS_PORT>).
 * Payload's `csrf` list: a cookie sent with any other Origin does not sign anyone in.
 */
export function adminOrigins(env: Env = process.env): string[] {
  const origins = new Set<string>();
  if (env.CMS_PUBLIC_URL) origins.add(originOf('CMS_PUBLIC_URL', env.CMS_PUBLIC_URL));
  if (env.CMS_URL) origins.add(originOf('CMS_URL', env.CMS_URL));
  const port = env.CMS_PORT || '3000';
  if (!/^\d{1,5}$/.test(port)) throw new Error(`CMS_PORT must be a port number, not "${port}"`);
  origins.add(`http://localhost:${port}`);
  origins.add(`http://127.0.0.1:${port}`);
  return [...origins];
}

/** The admin is reached over HTTPS: its session cookie is then sent over HTTPS only. */
export const adminServedOverHttps = (env: Env = process.env) => env.CMS_PUBLIC_URL?.startsWith('https:') ?? false;
