import type { PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';
import { matchOfficer } from '../../lib/routing';

/** The lead desk settings with defaults, read past access (hooks run as the site's account). */
export async function leadDeskSettings(req: PayloadRequest) {
  const desk = await req.payload.findGlobal({ slug: 'lead-desk', depth: 0, overrideAccess: true, req });
  const holidays = new Set((desk.holidays ?? []).map((h) => String(h.date).slice(0, 10)));
  return { defaultOfficer: idOf(desk.defaultOfficer), workingDays: desk.firstResponseWorkingDays ?? 1, holidays };
}

/** The officer the routing rules give an inquiry, or the default officer. */
export async function officerFor(req: PayloadRequest, inquiry: { industry?: string | null; park?: unknown }, fallback?: number | string) {
  const rules = await req.payload.find({ collection: 'routing-rules', depth: 0, pagination: false, overrideAccess: true, req });
  return matchOfficer(
    rules.docs.map((rule) => ({ industry: rule.industry, park: idOf(rule.park), officer: idOf(rule.officer)!, order: rule.order })),
    { industry: inquiry.industry, park: idOf(inquiry.park) },
    fallback,
  );
}
