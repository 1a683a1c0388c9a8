import { parse, stringify } from 'qs-esm';
import type { Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyStatus } from '#common/policyStatus.ts';
import { policyStatusWhere } from '../../src/cms/where';
import { startTestCms, type TestCms } from '../helpers/payload';

// The policy list asks the CMS for policies in force or expired (policyStatusWhere); each card
// shows policyStatus(). Both must agree on every kind of date, or a policy would be listed
// under one status and labelled with another.
let cms: TestCms;
const now = new Date('2025-06-15T03:00:00Z'); // 11:00 on 15 June in China
const china = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const cases: Record<string, { effectiveFrom?: string; expiresOn?: string }> = {
  'in-force-open-ended': { effectiveFrom: china('2024-01-01') },
  'in-force-from-today': { effectiveFrom: china('2025-06-15') },
  'in-force-until-today': { effectiveFrom: china('2024-01-01'), expiresOn: china('2025-06-15') },
  'expired-yesterday': { effectiveFrom: china('2024-01-01'), expiresOn: china('2025-06-14') },
  'expired-without-start': { expiresOn: china('2020-01-01') },
  'upcoming-tomorrow': { effectiveFrom: china('2025-06-16') },
  unconfirmed: {},
};

beforeAll(async () => {
  cms = await startTestCms();
  for (const [slug, dates] of Object.entries(cases)) {
    await cms.payload.create({
      collection: 'policies',
      overrideAccess: true,
      data: { title: slug, slug, type: 'land', ...dates, _status: 'published' },
    });
  }
});
afterAll(async () => cms?.close());

describe('the policy status filter', () => {
  for (const status of ['in-force', 'expired'] as const) {
    it(`finds exactly the policies policyStatus() calls ${status}`, async () => {
      // Sent as the SDK writes a query string, parsed as Payload's REST API parses one
      // (createPayloadRequest: qs, depth 10).
      const query = stringify({ where: policyStatusWhere(status, now) });
      const where = (parse(query, { depth: 10 }) as { where: Where }).where;
      const found = await cms.payload.find({ collection: 'policies', where, limit: 100, overrideAccess: true });
      const expected = Object.entries(cases)
        .filter(([, dates]) => policyStatus(dates, now) === status)
        .map(([slug]) => slug);
      expect(found.docs.map((doc) => doc.slug).sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});
