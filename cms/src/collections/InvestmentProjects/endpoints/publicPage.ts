import type { Endpoint } from 'payload';
import { bilingual } from '../../../lib/bilingual';
import { fieldErrors, json, refuseUnless } from '../../Inquiries/endpoints/util';
import { publishPublicPage } from '../publicPage';

/**
 * `POST /api/investment-projects/:id/public-page`: publishes a signed, building or producing
 * project as a public project page (administrators only; a project earlier in the pipeline, or
 * dropped, is refused with a field error). Publishing again brings the page up to date.
 */
export const publishProjectPage: Endpoint = {
  path: '/:id/public-page',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin');
    if (refused) return refused;
    const id = String(req.routeParams?.id ?? '');
    const found = await req.payload.find({
      collection: 'investment-projects',
      where: { id: { equals: id } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    });
    const project = found.docs[0];
    if (!project) return json({ errors: [{ message: req.t('error:notFound') }] }, 404);
    const published = await publishPublicPage(req, project);
    if (!published)
      return fieldErrors([
        {
          path: 'stage',
          message: bilingual('只有已签约、在建或已投产的项目可以公开', 'only a signed, building or producing project can be published'),
        },
      ]);
    return json({ project: { id: published.project.id, slug: published.project.slug }, created: published.created });
  },
};
