import type { PayloadRequest } from 'payload';
import { hasRole, type Role } from '../../../access/roles';

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * 403 unless the request's user has one of the roles, worded as Payload's own refusals are: in the
 * request's admin language (payload-lng cookie or Accept-Language; Chinese otherwise).
 */
export function refuseUnless(req: PayloadRequest, ...roles: Role[]): Response | undefined {
  return hasRole(req, ...roles) ? undefined : json({ errors: [{ message: req.t('error:notAllowedToPerformAction') }] }, 403);
}

/** The JSON body as a plain object, or undefined when it is not one. */
export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown> | undefined> {
  try {
    const body = (await req.json?.()) as unknown;
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A 400 in the shape Payload's REST API uses for validation errors, so clients read one format. */
export const fieldErrors = (errors: { path: string; message: string }[], status = 400) =>
  json({ errors: [{ name: 'ValidationError', message: 'The following fields are invalid', data: { errors } }] }, status);
