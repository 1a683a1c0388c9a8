import type { CollectionAfterReadHook, Field, FieldAccess, PayloadRequest } from 'payload';
import { hasRole } from './roles';

const isSelf = (req: PayloadRequest, doc: unknown) => {
  const id = (doc as { id?: unknown } | undefined)?.id;
  return req.user?.collection === 'users' && id != null && String(req.user.id) === String(id);
};

/** The account's own user only: not even an administrator reads another's sessions. */
const selfOnly: FieldAccess = ({ req, doc }) => isSelf(req, doc);

/** The account's own user and administrators. */
const selfOrAdmin: FieldAccess = ({ req, doc }) => hasRole(req, 'admin') || isSelf(req, doc);

/**
 * Who sets an API key: administrators, on the site's service account only (the public site signs
 * in with it). Payload's default lets anyone with admin access (editors, officers) give
 * themselves a key; the admin shows its API key block only where this allows it. Payload applies
 * the `apiKey` field's create and update rules to `enableAPIKey` and `apiKeyIndex` too.
 */
const serviceAccountKeyByAdmin: FieldAccess = ({ req, doc, data }) =>
  hasRole(req, 'admin') && ((doc ?? data) as { role?: unknown } | undefined)?.role === 'site-service';

/**
 * Who reads and writes Payload's own auth fields. Payload merges a field of the same name into its own
 * (only access changes here; types, columns and the other rules stay Payload's). By default
 * anyone who may read an account sees whether it has an API key, and officers read administrators.
 * `apiKey` itself is never readable; `loginAttempts` and `lockUntil` are hidden fields, which no
 * API answer includes.
 */
export const authFieldAccess: Field[] = [
  { name: 'sessions', type: 'array', fields: [], access: { read: selfOnly } },
  // Hidden in the admin's form (the API key block shows and sets them); Payload's own `Field: false`
  // for them is not honoured, so they would show as bare "Enable A P I Key" checkboxes.
  { name: 'enableAPIKey', type: 'checkbox', access: { read: selfOrAdmin }, admin: { hidden: true } },
  { name: 'apiKey', type: 'text', access: { read: () => false, create: serviceAccountKeyByAdmin, update: serviceAccountKeyByAdmin } },
  { name: 'hasAPIKey', type: 'checkbox', virtual: true, access: { read: selfOrAdmin }, admin: { hidden: true } },
];

/**
 * Payload puts an empty `sessions: []` back where read access removed the list; drop the key, so
 * another reader cannot even tell the field is there. Reads past access (Payload's own session
 * check when it verifies a token) keep it.
 */
export const dropOthersSessions: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  if (!overrideAccess && !isSelf(req, doc)) delete (doc as { sessions?: unknown }).sessions;
  return doc;
};
