import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';
import { getPayload } from 'payload';
import { hasRole } from '../access/roles';

const payloadGraphQL = GRAPHQL_POST(config);

/** graphql-js names the fields it expected ("Did you mean …?"), which tells a stranger the schema. */
const withoutHints = (message: unknown) => (typeof message === 'string' ? message.replace(/ Did you mean .*\?$/s, '') : message);

/**
 * `POST /api/graphql` for the bureau's staff only. The site reads through REST; nothing in the
 * portal needs GraphQL for anonymous callers or the site's account, so they get a 403 before
 * any query is parsed or run (GraphQL cost: see ./cost.ts for the limits staff queries keep).
 */
export async function POST(request: Request): Promise<Response> {
  const payload = await getPayload({ config });
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }));
  if (!hasRole({ user: user as never }, 'admin', 'editor', 'investment-officer')) {
    return Response.json(
      { errors: [{ message: 'GraphQL 仅供登录的工作人员使用 / GraphQL is for signed-in staff only', extensions: { statusCode: 403 } }] },
      { status: 403, headers: { 'cache-control': 'no-store' } },
    );
  }
  const response = await payloadGraphQL(request);
  if (!response.headers.get('content-type')?.includes('json')) return response;
  const body = (await response.json()) as { errors?: { message?: unknown }[] };
  body.errors?.forEach((error) => (error.message = withoutHints(error.message)));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return Response.json(body, { status: response.status, headers });
}

export const OPTIONS = REST_OPTIONS(config);
