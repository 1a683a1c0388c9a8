import type { Access, PayloadRequest, Where } from 'payload';
import { idOf } from '#common/idOf.ts';
import { hasRole } from './roles';

/**
 * Which investment projects an investment officer works: those of the parks whose task force they
 * belong to (`users.taskForce`), those they are the officer of, and those they are the zone leader
 * of. `prefix` is `version.` for the versions of a project, whose fields sit under `version`.
 */
export function officerProjectsWhere(user: { id: number | string; taskForce?: unknown }, prefix = ''): Where {
  const parks = (Array.isArray(user.taskForce) ? user.taskForce : []).map(idOf).filter((id) => id !== undefined);
  const mine: Where[] = [{ [`${prefix}officer`]: { equals: user.id } }, { [`${prefix}zoneLeader`]: { equals: user.id } }];
  if (parks.length > 0) mine.unshift({ [`${prefix}park`]: { in: parks } });
  return { or: mine };
}

const projectsOf =
  (prefix: string): Access =>
  ({ req }: { req: PayloadRequest }) => {
    if (hasRole(req, 'admin')) return true;
    if (!req.user || !hasRole(req, 'investment-officer')) return false;
    return officerProjectsWhere(req.user as { id: number | string; taskForce?: unknown }, prefix);
  };

/** Read and update of a project: admins all, officers their task force's and their own, nobody else. */
export const workProjects: Access = projectsOf('');

/** The versions (history) of the projects one may read. */
export const readProjectVersions: Access = projectsOf('version.');
