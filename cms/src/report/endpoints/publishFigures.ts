import type { Endpoint } from 'payload';
import { fieldErrors, json, jsonBody, refuseUnless } from '../../collections/Inquiries/endpoints/util';
import { isPeriod, parsePeriod } from '../period';
import { publishPeriodFigures } from '../publishFigures';

/**
 * `POST /api/ledger-figures/publish` with `{ period: "2026-11" | "2026-Q4" | "2026" }`: publishes
 * the period's figures from the ledger (administrators only). Answers the figures written.
 */
export const publishLedgerFigures: Endpoint = {
  path: '/ledger-figures/publish',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'admin');
    if (refused) return refused;
    const body = await jsonBody(req);
    const period = parsePeriod(body?.period);
    if (!isPeriod(period)) return fieldErrors([{ path: 'period', message: period.error }]);
    const figures = await publishPeriodFigures(req.payload, req, period);
    return json({ period: period.key, figures });
  },
};
