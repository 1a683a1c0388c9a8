/**
 * The origins the CMS admin is served from, as editors' browsers reach it. One list for both apps:
 * the CMS accepts session cookies only from these origins (Payload's `csrf`), and the site lets
 * only these origins show its preview pages in a frame (`frame-ancestors`, live preview). Pure:
 * each app passes its own environment.
 */

type Env = Record<string, string | undefined>;

/** The two names of this machine's loopback interface that `npm start` and browsers use. */
const loopbackNames = ['localhost', '127.0.0.1'];

function originOf(variable: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) address such as https://cms.example.org, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${variable} must start with http:// or https://, not "${value}"`);
  return url;
}

/**
 * CMS_PUBLIC_URL, CMS_URL, and the loopback addresses `npm start` and `npm run dev` print
 * (http://localhost:<CMS_PORT>, http://127.0.0.1:<CMS_PORT>, port 3000 unless CMS_PORT says
 * otherwise). A loopback address in CMS_PUBLIC_URL or CMS_URL brings its twin: an editor may type
 * either name for the same server (the site is told `http://127.0.0.1:<port>` by `npm start`,
 * which prints `http://localhost:<port>`).
 */
export function adminOrigins(env: Env): string[] {
  const origins = new Set<string>();
  const add = (url: URL) => {
    origins.add(url.origin);
    if (!loopbackNames.includes(url.hostname)) return;
    for (const name of loopbackNames) origins.add(`${url.protocol}//${name}${url.port ? `:${url.port}` : ''}`);
  };
  if (env.CMS_PUBLIC_URL) add(originOf('CMS_PUBLIC_URL', env.CMS_PUBLIC_URL));
  if (env.CMS_URL) add(originOf('CMS_URL', env.CMS_URL));
  const port = env.CMS_PORT || '3000';
  if (!/^\d{1,5}$/.test(port)) throw new Error(`CMS_PORT must be a port number, not "${port}"`);
  add(new URL(`http://localhost:${port}`));
  return [...origins];
}

/**
 * The admin origin a request came to, when it is one of `trusted`; otherwise the first trusted one
 * (the public address). A Host header is the client's word: only an origin on the list is taken.
 */
export function requestAdminOrigin(trusted: readonly string[], host: string | null, proto: string | null): string {
  const first = (value: string | null) => value?.split(',')[0]?.trim();
  const name = first(host);
  if (name) {
    const candidate = `${first(proto) || 'http'}://${name}`.toLowerCase();
    if (URL.canParse(candidate)) {
      const origin = new URL(candidate).origin;
      if (trusted.includes(origin)) return origin;
    }
  }
  return trusted[0]!;
}
