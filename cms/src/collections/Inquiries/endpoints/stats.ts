import type { Endpoint } from 'payload';
import { leadStats as computeLeadStats } from '../stats';
import { json, refuseUnless } from './util';

/** `GET /api/inquiries/stats`: the dashboard's figures, for admins and investment officers. */
export const leadStats: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => refuseUnless(req, 'admin', 'investment-officer') ?? json(await computeLeadStats(req.payload, req.user)),
};
