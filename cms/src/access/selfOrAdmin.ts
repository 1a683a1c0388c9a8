import type { Access } from 'payload';
import { hasRole } from './roles';

/** Admins manage every user; everyone else sees and edits only themselves. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true;
  if (!req.user) return false;
  return { id: { equals: req.user.id } };
};
