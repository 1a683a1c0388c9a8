import fs from 'node:fs/promises';
import path from 'node:path';
import { NotFound, UnauthorizedError, type Endpoint } from 'payload';
import { hasRole } from '../access/roles';
import { projectRoot } from '../lib/projectPaths';

/** A screenshot's name as `npm run guide:screenshots` writes it: nothing that could leave its folder. */
const screenshotName = /^\d{2}-[a-z0-9-]+\.png$/;

/** Where the admin's editor guide loads a screenshot the Markdown names (`images/editor-guide/<lang>/<file>`). */
export function guideImageSrc(apiRoute: string, relativePath: string): string | undefined {
  const match = /^images\/editor-guide\/(zh|en)\/([^/]+)$/.exec(relativePath);
  return match && screenshotName.test(match[2]!) ? `${apiRoute}/editor-guide/images/${match[1]}/${match[2]}` : undefined;
}

/**
 * `GET /api/editor-guide/images/:lang/:file`: the editor guide's screenshots (docs/images/
 * editor-guide/) for the staff who read the guide in the admin. They show the admin, not
 * personal data, but the admin is for staff, so the pictures are too.
 */
export const guideImageEndpoint: Endpoint = {
  path: '/editor-guide/images/:lang/:file',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new UnauthorizedError(req.t);
    if (!hasRole(req, 'admin', 'editor', 'investment-officer'))
      return Response.json({ errors: [{ message: req.t('error:notAllowedToPerformAction') }] }, { status: 403 });
    const lang = String(req.routeParams?.lang ?? '');
    const file = String(req.routeParams?.file ?? '');
    if ((lang !== 'zh' && lang !== 'en') || !screenshotName.test(file)) throw new NotFound(req.t);
    try {
      const bytes = await fs.readFile(path.join(projectRoot(), 'docs', 'images', 'editor-guide', lang, file));
      return new Response(bytes, { headers: { 'content-type': 'image/png', 'cache-control': 'private, max-age=3600' } });
    } catch {
      throw new NotFound(req.t);
    }
  },
};
