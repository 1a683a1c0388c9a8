import type { Field, Payload, TypedUser } from 'payload';
import { chinaMidnight } from '#common/chinaTime.ts';
import { countryName } from '#common/countries.ts';
import { idOf } from '#common/idOf.ts';
import { answerText } from '../collections/Inquiries/answers';
import { periodReport, type PeriodReport, type ReportInput } from './monthlyReport';
import type { Period } from './period';
import type { Lang, ReportNames } from './tables';

type Label = string | Record<string, string> | undefined;
type Options = Map<string, Label>;

/** A select field's options by value, found by its path of names in a collection's fields (`obligations.kind`). */
function selectOptions(fields: Field[], path: string[]): Options {
  const [name, ...rest] = path;
  for (const field of fields) {
    if ('name' in field && field.name === name) {
      if (rest.length === 0 && field.type === 'select')
        return new Map(field.options.map((o) => (typeof o === 'string' ? [o, o] : [o.value, o.label as Label])));
      if (rest.length > 0 && 'fields' in field) return selectOptions(field.fields, rest);
    }
    // Rows, collapsibles and unnamed groups keep their fields at the document's level.
    if (!('name' in field) && 'fields' in field) {
      const found = selectOptions(field.fields, path);
      if (found.size > 0) return found;
    }
    if (field.type === 'tabs')
      for (const tab of field.tabs) {
        const found = selectOptions(tab.fields, path);
        if (found.size > 0) return found;
      }
  }
  return new Map();
}

const labelText = (label: Label, value: string, lang: Lang) =>
  label === undefined ? value : typeof label === 'string' ? label : (label[lang] ?? label.zh ?? value);

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface LoadedReport {
  report: PeriodReport;
  names: ReportNames;
}

/**
 * Reads what a period's report counts, with the viewer's own access (an officer's report holds
 * the projects they may see; editors and others get nothing), and computes it. Projects and
 * activities are few (a zone's ledger holds hundreds), so they are read whole and placed in their
 * months by their days; inquiries are read for the period only.
 */
export async function loadReport(payload: Payload, user: TypedUser | null, period: Period, now = new Date()): Promise<LoadedReport> {
  const access = { overrideAccess: false, user } as const;
  const [inquiries, projects, activities, industries, parks] = await Promise.all([
    payload.find({
      collection: 'inquiries',
      ...access,
      where: {
        and: [
          { createdAt: { greater_than_equal: chinaMidnight(period.firstDay) } },
          { createdAt: { less_than: chinaMidnight(dayAfter(period.lastDay)) } },
        ],
      },
      pagination: false,
      depth: 0,
      select: { createdAt: true, respondBy: true, firstResponseAt: true, industry: true, park: true, country: true },
    }),
    payload.find({ collection: 'investment-projects', ...access, pagination: false, depth: 0 }),
    payload.find({ collection: 'promotion-activities', ...access, pagination: false, depth: 0 }),
    payload.find({
      collection: 'industries',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      locale: 'all',
      select: { slug: true, name: true },
    }),
    payload.find({ collection: 'parks', overrideAccess: true, pagination: false, depth: 0, locale: 'all', select: { name: true } }),
  ]);

  const industrySlug = new Map(industries.docs.map((doc) => [String(doc.id), doc.slug ?? String(doc.id)]));
  const industryName = new Map(industries.docs.map((doc) => [doc.slug ?? String(doc.id), doc.name as unknown as Record<string, string>]));
  const parkName = new Map(parks.docs.map((doc) => [String(doc.id), doc.name as unknown as Record<string, string>]));

  const key = (value: unknown) => {
    const id = idOf(value as never);
    return id == null ? null : String(id);
  };
  const input: ReportInput = {
    leads: [
      ...inquiries.docs.map((doc) => ({
        source: 'inquiry',
        on: doc.createdAt,
        industry: doc.industry ?? null,
        park: key(doc.park),
        country: doc.country ?? null,
      })),
      // A project linked to an inquiry came in as that inquiry: it is not a second lead.
      ...projects.docs
        .filter((doc) => doc.inquiry == null)
        .map((doc) => ({
          source: doc.source,
          on: doc.enteredOn,
          industry: doc.industry == null ? null : (industrySlug.get(String(key(doc.industry))) ?? null),
          park: key(doc.park),
          country: null,
        })),
    ],
    inquiries: inquiries.docs,
    projects: projects.docs.map((doc) => ({ ...doc, fromInquiry: doc.inquiry != null })),
    activities: activities.docs,
  };

  const projectFields = payload.collections['investment-projects'].config.fields;
  const activityFields = payload.collections['promotion-activities'].config.fields;
  const named = (options: Options) => (value: string, lang: Lang) => labelText(options.get(value), value, lang);
  const localized = (names: Map<string, Record<string, string>>) => (value: string, lang: Lang) => {
    const name = names.get(value);
    return name?.[lang] || name?.zh || value;
  };
  const sources = named(selectOptions(projectFields, ['source']));
  const industry = localized(industryName);
  const names: ReportNames = {
    // An inquiry from the form, or a project's source by its label.
    source: (value, lang) => (value === 'inquiry' ? (lang === 'en' ? 'Inquiry (form)' : '咨询（表单）') : sources(value, lang)),
    industry: (value, lang) => (industryName.has(value) ? industry(value, lang) : answerText('industry', value, lang)),
    park: localized(parkName),
    country: (value, lang) => countryName(value, lang),
    band: (value, lang) =>
      value === 'unknown'
        ? lang === 'en'
          ? 'Investment not recorded'
          : '未填计划投资'
        : named(selectOptions(projectFields, ['band']))(value, lang),
    obligationKind: named(selectOptions(projectFields, ['obligations', 'kind'])),
    obligationStatus: named(selectOptions(projectFields, ['obligations', 'status'])),
    activityKind: named(selectOptions(activityFields, ['kind'])),
  };
  return { report: periodReport(period, input, now), names };
}
