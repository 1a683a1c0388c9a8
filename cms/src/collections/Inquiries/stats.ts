import type { Payload, TypedUser } from 'payload';
import { overdueWhere } from './overdue';

export interface LeadStats {
  total: number;
  overdue: number;
  byStage: Record<string, number>;
  byIndustry: Record<string, number>;
  byCountry: Record<string, number>;
  /** `YYYY-MM` (UTC) of receipt. */
  byMonth: Record<string, number>;
  /** Median hours from receipt to first response, over leads answered so far; null when none. */
  medianFirstResponseHours: number | null;
  answered: number;
}

const bump = (counts: Record<string, number>, key: string | null | undefined) => {
  const k = key || '—';
  counts[k] = (counts[k] ?? 0) + 1;
};

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The lead desk's dashboard figures, read with the user's own access (so only the bureau gets any). */
export async function leadStats(payload: Payload, user: TypedUser | null): Promise<LeadStats> {
  const all = await payload.find({
    collection: 'inquiries',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { stage: true, industry: true, country: true, createdAt: true, firstResponseAt: true },
  });
  const overdue = await payload.count({ collection: 'inquiries', where: overdueWhere(), overrideAccess: false, user });
  const stats: LeadStats = {
    total: all.docs.length,
    overdue: overdue.totalDocs,
    byStage: {},
    byIndustry: {},
    byCountry: {},
    byMonth: {},
    medianFirstResponseHours: null,
    answered: 0,
  };
  const hours: number[] = [];
  for (const doc of all.docs) {
    bump(stats.byStage, doc.stage);
    bump(stats.byIndustry, doc.industry);
    bump(stats.byCountry, doc.country?.trim());
    bump(stats.byMonth, doc.createdAt.slice(0, 7));
    if (doc.firstResponseAt) hours.push((Date.parse(doc.firstResponseAt) - Date.parse(doc.createdAt)) / 3_600_000);
  }
  stats.answered = hours.length;
  const m = median(hours);
  stats.medianFirstResponseHours = m === null ? null : Math.round(m * 10) / 10;
  return stats;
}
