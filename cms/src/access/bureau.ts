import type { Access, FieldAccess, PayloadRequest, Where } from 'payload';
import { hasRole } from './roles';

/** The investment promotion bureau's lead desk: admins and investment officers. */
export const bureauOnly: Access & FieldAccess = ({ req }) => hasRole(req, 'admin', 'investment-officer');

/** Hides a collection from the admin menu of everyone outside the bureau. */
export const hiddenOutsideBureau = ({ user }: { user: unknown }) =>
  !['admin', 'investment-officer'].includes((user as { role?: string } | null)?.role ?? '');

/** Users a lead can be given to (the admin's pick list). */
export const officerFilter: Where = { role: { in: ['investment-officer', 'admin'] } };

/**
 * Validates an owner field: the user must be an officer or admin. Replaces Payload's default
 * relationship check, which reads users with the saving user's access, and the site's account
 * (whose save the routing hook completes) may not read users.
 */
export const validateOfficer = async (value: unknown, { req, required }: { req: PayloadRequest; required?: boolean }) => {
  if (value == null || value === '') return required ? '此项为必填项 / this field is required' : true;
  const id = typeof value === 'object' ? ((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value) : value;
  if (typeof id !== 'string' && typeof id !== 'number') return '无效的负责专员 / not an officer';
  const found = await req.payload.count({
    collection: 'users',
    where: { and: [{ id: { equals: id } }, officerFilter] },
    overrideAccess: true,
    req,
  });
  return found.totalDocs === 1 ? true : '无效的负责专员 / not an officer';
};

/**
 * Who may read which user accounts: admins all; investment officers themselves and their
 * colleagues (officers and admins), so they can hand a lead over; everyone else only themselves.
 */
export const readUsers: Access = ({ req }): boolean | Where => {
  if (hasRole(req, 'admin')) return true;
  if (!req.user) return false;
  if (hasRole(req, 'investment-officer')) return { or: [{ id: { equals: req.user.id } }, officerFilter] };
  return { id: { equals: req.user.id } };
};
