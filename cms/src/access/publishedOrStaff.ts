import type { Access } from 'payload';
import { hasRole } from './roles';

/** Anyone reads published documents; admins and editors also read drafts. */
export const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor')) return true;
  return { _status: { equals: 'published' } };
};
