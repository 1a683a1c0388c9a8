/** The article's bands of reported projects, by planned investment in yuan. */
export const investmentBands = ['major', 'medium', 'small'] as const;
export type InvestmentBand = (typeof investmentBands)[number];

/** ¥100 million: a project "of 100 million yuan or more" (亿元以上). */
export const majorFromCny = 100_000_000;
/** ¥20 million: the lower end of "20 to 100 million yuan" (2000万元至1亿元). */
export const mediumFromCny = 20_000_000;

/**
 * The band of a planned investment: ≥ ¥100 million major, ¥20–100 million medium, else small.
 * No band without an amount: a project whose investment is not known is not counted as small.
 */
export function investmentBand(amountCny: number | null | undefined): InvestmentBand | null {
  if (amountCny == null || !Number.isFinite(amountCny)) return null;
  if (amountCny >= majorFromCny) return 'major';
  if (amountCny >= mediumFromCny) return 'medium';
  return 'small';
}
