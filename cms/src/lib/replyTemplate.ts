type Lang = 'zh' | 'en';

export interface TemplateForReply {
  bodyZh: string;
  bodyEn: string;
  linkIndustry?: boolean | null;
  linkPark?: boolean | null;
  linkPolicies?: boolean | null;
}

export interface ReplyContext {
  name: string;
  reference: string;
  officer: string;
  /** The park's name in the reply's language; empty when the prospect named none. */
  park: string;
  /** Slugs of the pages the links point to. */
  industrySlug?: string | null;
  parkSlug?: string | null;
  /** The site's public address (SITE_PUBLIC_URL), without a trailing slash; no links without it. */
  site?: string;
}

export const placeholders = ['name', 'reference', 'officer', 'park'] as const;

/**
 * A template's body in the reply's language with its placeholders filled in, followed by links
 * to the portal's pages on the prospect's industry, park and policies (as the template asks), so
 * that a reply makes the location's case. An unknown placeholder stays as written.
 */
export function renderTemplate(template: TemplateForReply, lang: Lang, context: ReplyContext): string {
  const body = (lang === 'en' ? template.bodyEn : template.bodyZh).replace(/\{(\w+)\}/g, (whole, key: string) =>
    (placeholders as readonly string[]).includes(key) ? context[key as (typeof placeholders)[number]] : whole,
  );
  const site = context.site;
  if (!site) return body;
  const links: string[] = [];
  const label = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const other = context.industrySlug === 'other' || !context.industrySlug;
  if (template.linkIndustry && !other)
    links.push(`${label('产业介绍', 'The industry')}: ${site}/${lang}/industries/${context.industrySlug}`);
  if (template.linkPark && context.parkSlug) links.push(`${label('园区介绍', 'The park')}: ${site}/${lang}/parks/${context.parkSlug}`);
  if (template.linkPolicies) links.push(`${label('扶持政策', 'Policies')}: ${site}/${lang}/policies`);
  return links.length ? `${body.trimEnd()}\n\n${links.join('\n')}` : body;
}
