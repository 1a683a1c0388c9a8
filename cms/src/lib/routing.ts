/** A routing rule as the matcher needs it: empty industry or park means "any". */
export interface RoutingRule {
  industry?: string | null;
  park?: number | string | null;
  officer: number | string;
  order?: number | null;
}

export interface RoutingInput {
  industry?: string | null;
  park?: number | string | null;
}

/**
 * The officer for an inquiry: the most specific matching rule wins (industry and park, then park
 * alone, then industry alone), ties go to the lowest `order`; no match gives `fallback` (the
 * default officer of the lead desk), which may be undefined.
 */
export function matchOfficer<T extends number | string>(
  rules: (RoutingRule & { officer: T })[],
  inquiry: RoutingInput,
  fallback?: T,
): T | undefined {
  const same = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b);
  const score = (rule: RoutingRule) => {
    if (rule.industry && !same(rule.industry, inquiry.industry)) return -1;
    if (rule.park != null && !same(rule.park, inquiry.park)) return -1;
    return (rule.park != null ? 2 : 0) + (rule.industry ? 1 : 0);
  };
  let best: { rule: RoutingRule & { officer: T }; score: number } | undefined;
  for (const rule of rules) {
    const s = score(rule);
    if (s < 0) continue;
    if (!best || s > best.score || (s === best.score && (rule.order ?? 0) < (best.rule.order ?? 0))) best = { rule, score: s };
  }
  return best ? best.rule.officer : fallback;
}
