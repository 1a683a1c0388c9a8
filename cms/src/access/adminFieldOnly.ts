import type { FieldAccess } from 'payload';
import { hasRole } from './roles';

/** Only admins change this field (e.g. a user's role). */
export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(req, 'admin');
