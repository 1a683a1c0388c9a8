import type { Access, PayloadRequest } from 'payload';

// `site-service` is the machine user the public site signs in as (API key) to create inquiries;
// it can do nothing else.
export const roles = ['admin', 'editor', 'investment-officer', 'site-service'] as const;
export type Role = (typeof roles)[number];

export function hasRole(req: Pick<PayloadRequest, 'user'>, ...wanted: Role[]): boolean {
  const role = (req.user as { role?: Role } | null | undefined)?.role;
  return role !== undefined && wanted.includes(role);
}

/** Access that lets only the given roles through. */
export const allowRoles =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    hasRole(req, ...wanted);
