import { ValidationError, type Endpoint } from 'payload';
import { idempotencyKeyPattern, prospectFields, slugPattern } from '#common/inquiryOptions.ts';
import { fieldErrors, json, jsonBody, refuseUnless } from './util';

async function existing(req: Parameters<Endpoint['handler']>[0], key: unknown) {
  if (typeof key !== 'string' || !idempotencyKeyPattern.test(key)) return undefined;
  const found = await req.payload.find({
    collection: 'inquiries',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { reference: true },
  });
  return found.docs[0]?.reference ?? undefined;
}

/**
 * `POST /api/inquiries/submit`: how the site stores a prospect's inquiry (as the site-service
 * account). Idempotent by `idempotencyKey`: the same form sent twice (double click, retry after
 * a timeout) answers the first inquiry's reference and stores nothing new. The park comes as
 * its slug (the form's and the query string's value) and must be a published park.
 */
export const submitInquiry: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'site-service', 'admin', 'investment-officer');
    if (refused) return refused;
    const body = await jsonBody(req);
    if (!body) return fieldErrors([{ path: 'body', message: '请求格式无效 / the request body must be a JSON object' }]);

    const data: Record<string, unknown> = {};
    const wrongType: { path: string; message: string }[] = [];
    for (const field of prospectFields) {
      const value = body[field];
      if (value === undefined || value === null || value === '') continue;
      const expected = field === 'consent' ? 'boolean' : 'string';
      if (typeof value !== expected) wrongType.push({ path: field, message: `类型无效 / must be a ${expected}` });
      else data[field] = value;
    }
    if (body.park !== undefined && body.park !== null && body.park !== '') {
      if (typeof body.park !== 'string' || !slugPattern.test(body.park))
        wrongType.push({ path: 'park', message: '园区无效 / unknown park' });
      else {
        const park = await req.payload.find({
          collection: 'parks',
          where: { and: [{ slug: { equals: body.park } }, { _status: { equals: 'published' } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          select: { slug: true },
        });
        if (!park.docs[0]) wrongType.push({ path: 'park', message: '园区无效 / unknown park' });
        else data.park = park.docs[0].id;
      }
    }
    if (wrongType.length > 0) return fieldErrors(wrongType);

    const already = await existing(req, data.idempotencyKey);
    if (already) return json({ reference: already, duplicate: true }, 200);
    try {
      const doc = await req.payload.create({
        collection: 'inquiries',
        data: data as never,
        user: req.user,
        overrideAccess: false,
        depth: 0,
      });
      return json({ reference: doc.reference }, 201);
    } catch (error) {
      if (error instanceof ValidationError) {
        // A concurrent retry of the same form won the race for the key: answer its reference.
        const raced = error.data.errors.some((e) => e.path === 'idempotencyKey') ? await existing(req, data.idempotencyKey) : undefined;
        if (raced) return json({ reference: raced, duplicate: true }, 200);
        return fieldErrors(error.data.errors.map((e) => ({ path: e.path, message: e.message })));
      }
      throw error;
    }
  },
};
