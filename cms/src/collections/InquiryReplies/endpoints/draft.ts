import type { Endpoint } from 'payload';
import { json, jsonBody, refuseUnless } from '../../Inquiries/endpoints/util';
import { draftFromTemplate } from '../draft';

/**
 * `POST /api/inquiry-replies/draft` `{inquiry, template, language?}`: the template's text for this
 * inquiry, which the reply form puts in its text field when the officer picks a template, so the
 * officer reads and edits what will be sent. Admins and officers only.
 */
export const draftReply: Endpoint = {
  path: '/draft',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
    const body = await jsonBody(req);
    const draft = body
      ? await draftFromTemplate(req, { inquiry: body.inquiry, template: body.template, language: body.language })
      : undefined;
    return draft ? json(draft) : json({ errors: [{ message: '未找到咨询或模板 / inquiry or template not found' }] }, 404);
  },
};
