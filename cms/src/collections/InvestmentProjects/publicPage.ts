import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload';
import { idOf } from '#common/idOf.ts';
import { ledgerSource } from '../../report/ledgerFigures';
import type { InvestmentProject, Project } from '../../payload-types';

/** The public showcase's stage of each stage a project on the site can be in; other stages are not published. */
export const publicStages: Partial<Record<InvestmentProject['stage'], Project['stage']>> = {
  signed: 'signed',
  construction: 'under-construction',
  production: 'in-production',
};

/**
 * What the public project page shows of an internal project: its name, industry, park and stage,
 * and its planned investment only when the bureau chose to show it (otherwise none: the site says
 * nothing rather than a number the bureau keeps internal). Written in Chinese, the ledger's
 * language; editors add the English name and the summaries before the English page shows them.
 */
export function publicProjectData(project: InvestmentProject) {
  const stage = publicStages[project.stage];
  if (!stage) return undefined;
  return {
    name: project.name,
    stage,
    // Ids as the database has them (numbers on SQLite, strings on MongoDB), whatever the generated type says.
    industry: (idOf(project.industry) ?? null) as Project['industry'],
    park: (idOf(project.park) ?? null) as Project['park'],
    investmentCny: project.showInvestment ? (project.plannedInvestmentCny ?? null) : null,
    source: ledgerSource.zh,
  };
}

/**
 * Creates or updates the project's public page (published) and links it from the project. The
 * page stays the editors' otherwise: its slug, order, summaries, body, English text and (once set) source are theirs.
 */
export async function publishPublicPage(
  req: PayloadRequest,
  project: InvestmentProject,
): Promise<{ project: Project; created: boolean } | undefined> {
  const data = publicProjectData(project);
  if (!data) return undefined;
  const access = { req, overrideAccess: false, user: req.user, locale: 'zh', depth: 0 } as const;
  const linked = idOf(project.publicProject);
  const existing =
    linked == null
      ? undefined
      : (await req.payload.find({ collection: 'projects', where: { id: { equals: linked } }, limit: 1, draft: true, ...access })).docs[0];
  if (existing) {
    // A page that already says where it comes from (the article's, say) keeps its source.
    const { source, ...shown } = data;
    const updated = await req.payload.update({
      collection: 'projects',
      id: existing.id,
      data: { ...shown, ...(existing.source ? {} : { source }), _status: 'published' },
      ...access,
    });
    return { project: updated, created: false };
  }
  // The slug, the name status and the languages complete are filled in by the collection's own hooks and defaults.
  const created = await req.payload.create({
    collection: 'projects',
    data: { ...data, _status: 'published' } as RequiredDataFromCollectionSlug<'projects'>,
    ...access,
  });
  await req.payload.update({ collection: 'investment-projects', id: project.id, data: { publicProject: created.id }, ...access });
  return { project: created, created: true };
}
