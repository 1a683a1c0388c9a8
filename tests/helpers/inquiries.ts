import { randomUUID } from 'node:crypto';
import type { Payload, RequiredDataFromCollectionSlug } from 'payload';
import type {} from '../../cms/src/payload-types';

/** A complete, valid inquiry as the site sends it (park and idempotency key left to each test). */
export const validInquiry: RequiredDataFromCollectionSlug<'inquiries'> = {
  name: '王芳',
  jobTitle: '投资总监',
  email: 'wang@example.cn',
  phone: '+86 731 0000 0000',
  company: '示例电机有限公司',
  website: 'https://example.cn',
  country: 'CN',
  companySize: '250-999',
  inquiryType: 'land-or-factory',
  industry: 'motors-electric-drive',
  investmentBand: '10m-50m',
  jobsBand: '200-499',
  timeline: '6-12-months',
  message: '希望了解电机产业园的用地情况。',
  preferredLanguage: 'zh',
  contactChannel: 'email',
  consent: true,
  locale: 'zh',
  // What Payload's create type asks for; the CMS itself decides the stage of a new lead.
  stage: 'new',
};

export const newKey = () => randomUUID();

/**
 * Publishes the industries the inquiries of these tests name (validInquiry's and the routing
 * rules'), unless the database already has them: the CMS accepts an inquiry's industry only when
 * it is a published industry or "other".
 */
export async function publishInquiryIndustries(payload: Payload): Promise<void> {
  for (const slug of ['motors-electric-drive', 'clean-energy']) {
    const { totalDocs } = await payload.count({ collection: 'industries', where: { slug: { equals: slug } }, overrideAccess: true });
    if (totalDocs === 0)
      await payload.create({ collection: 'industries', overrideAccess: true, data: { name: slug, slug, _status: 'published' } });
  }
}
