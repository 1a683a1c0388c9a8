import type { Endpoint, PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';
import { chinaToday } from '../../../fields/chinaDay';
import { fieldErrors, json, refuseUnless } from './util';

/** Stages from which a lead may become a project: qualified or further, not closed. */
export const projectReadyStages = ['qualified', 'site-visit', 'signed', 'landed'] as const;

/** The project an inquiry was turned into, past access (the link is unique). */
async function projectOf(req: PayloadRequest, inquiry: number | string) {
  const found = await req.payload.find({
    collection: 'investment-projects',
    where: { inquiry: { equals: inquiry } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    req,
  });
  return found.docs[0];
}

/** The industry document an inquiry names by slug ("other" and withdrawn ones name none). */
async function industryId(req: PayloadRequest, slug: string | null | undefined) {
  if (!slug) return undefined;
  const found = await req.payload.find({
    collection: 'industries',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { slug: true },
    req,
  });
  return found.docs[0]?.id;
}

/**
 * `POST /api/inquiries/:id/project`: an officer turns a qualified inquiry into an investment
 * project. The project copies the company, industry and park, has the inquiry's owner as its
 * officer, records the inquiry as its source and keeps the link; the inquiry's timeline says so
 * (and the project's first version holds the link). Idempotent: asked again, it answers 200 with
 * the project already made. Admins and officers who may read the inquiry; a lead not yet
 * qualified, or closed, is a field error in both languages.
 */
export const turnIntoProject: Endpoint = {
  path: '/:id/project',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin', 'investment-officer');
    if (refused) return refused;
    const id = req.routeParams?.id;
    const found =
      typeof id === 'string' && /^[0-9a-f]{1,24}$/i.test(id)
        ? await req.payload.find({
            collection: 'inquiries',
            where: { id: { equals: id } },
            limit: 1,
            depth: 0,
            overrideAccess: false,
            user: req.user,
            req,
          })
        : undefined;
    const inquiry = found?.docs[0];
    if (!inquiry) return json({ errors: [{ message: '找不到该咨询 / inquiry not found' }] }, 404);
    const existing = await projectOf(req, inquiry.id);
    if (existing) return json({ project: existing, created: false });
    if (!(projectReadyStages as readonly string[]).includes(inquiry.stage))
      return fieldErrors([
        {
          path: 'stage',
          message: '咨询须先评估（进度为“已评估”或之后）/ qualify the inquiry first (stage “Qualified” or later)',
        },
      ]);
    try {
      const project = await req.payload.create({
        collection: 'investment-projects',
        data: {
          name: inquiry.company,
          company: inquiry.company,
          source: 'inquiry',
          sourceDetail: inquiry.reference ?? undefined,
          inquiry: inquiry.id,
          industry: await industryId(req, inquiry.industry),
          park: idOf(inquiry.park) as number | undefined,
          officer: (idOf(inquiry.owner) as number | undefined) ?? null,
          stage: inquiry.stage === 'signed' || inquiry.stage === 'landed' ? 'signed' : 'negotiating',
          enteredOn: chinaToday(),
        },
        overrideAccess: true,
        depth: 0,
        req,
      });
      await req.payload.create({
        collection: 'inquiry-activities',
        data: { inquiry: inquiry.id, action: 'project', to: String(project.id), note: project.name, actor: req.user?.id as number },
        overrideAccess: true,
        req,
      });
      return json({ project: { id: project.id, name: project.name }, created: true }, 201);
    } catch (error) {
      // Two clicks at once: the link is unique, so the second finds the first's project.
      const made = await projectOf(req, inquiry.id);
      if (made) return json({ project: made, created: false });
      throw error;
    }
  },
};
