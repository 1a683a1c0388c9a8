import type { FieldHook } from 'payload';
import { investmentBand } from '../band';

/** The band follows the planned investment on every save, whoever saves and whatever they send. */
export const computeBand: FieldHook = ({ data, originalDoc }) => {
  const amount = data && 'plannedInvestmentCny' in data ? data.plannedInvestmentCny : originalDoc?.plannedInvestmentCny;
  return investmentBand(typeof amount === 'number' ? amount : null);
};
