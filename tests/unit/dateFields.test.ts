import { format } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Figures } from '../../cms/src/collections/Figures';
import { Offices } from '../../cms/src/collections/Offices';
import { Policies } from '../../cms/src/collections/Policies';
import { policyStatusField } from '../../cms/src/collections/Policies/statusField';
import { Projects } from '../../cms/src/collections/Projects';
import { dayDisplayFormat, dayOnlyDate } from '../../cms/src/fields/dateFormat';
import { LeadDesk } from '../../cms/src/globals/LeadDesk';
import type { Field, FieldHook } from 'payload';

/** Every date field of a field list, at any depth, with its path. */
function dateFields(fields: Field[], prefix = ''): { path: string; field: Field & { type: 'date' } }[] {
  return fields.flatMap((field) => {
    const path = 'name' in field ? `${prefix}${field.name}` : prefix;
    if (field.type === 'date') return [{ path, field }];
    if ('fields' in field) return dateFields(field.fields, 'name' in field ? `${path}.` : prefix);
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, prefix));
    return [];
  });
}

describe('day-only date fields', () => {
  test('show the year, month and day in ISO order in both admin languages', () => {
    // As the date input and the list cell format a stored day (Payload stores noon of the day).
    const stored = new Date(2026, 0, 1, 12);
    expect(format(stored, dayDisplayFormat, { locale: zhCN })).toBe('2026-01-01');
    expect(format(stored, dayDisplayFormat, { locale: enUS })).toBe('2026-01-01');
    expect(format(new Date(2026, 10, 30, 12), dayDisplayFormat, { locale: zhCN })).toBe('2026-11-30');
  });

  test('every day-only date field of the CMS uses that format', () => {
    const found = [Policies, Figures, Projects, Offices, LeadDesk].flatMap((entity) =>
      dateFields(entity.fields).map(({ path, field }) => ({ at: `${entity.slug}.${path}`, date: field.admin?.date })),
    );
    expect(found.map((f) => f.at).sort()).toEqual(
      [
        'figures.periodEnd',
        'figures.periodStart',
        'figures.sourceDate',
        'lead-desk.holidays.date',
        'offices.agreementDate',
        'policies.effectiveFrom',
        'policies.expiresOn',
        'projects.date',
        'projects.sourceDate',
      ].sort(),
    );
    for (const { at, date } of found) expect(date, at).toEqual(dayOnlyDate);
  });
});

describe("the policies list's status column", () => {
  afterEach(() => vi.useRealTimers());
  const statusOf = (dates: { effectiveFrom?: string | null; expiresOn?: string | null }) => {
    const hook = (policyStatusField as unknown as { hooks: { afterRead: FieldHook[] } }).hooks.afterRead[0]!;
    return hook({ siblingData: dates, data: dates, value: undefined } as never);
  };

  test("is computed from the dates on China's calendar, today", () => {
    // 23:30 UTC on 14 June is 07:30 on 15 June in China.
    vi.useFakeTimers({ now: new Date('2025-06-14T23:30:00Z'), toFake: ['Date'] });
    expect(statusOf({ effectiveFrom: '2025-06-14T16:00:00.000Z' })).toBe('in-force');
    expect(statusOf({ effectiveFrom: '2025-06-15T16:00:00.000Z' })).toBe('upcoming');
    expect(statusOf({ effectiveFrom: '2024-01-01T04:00:00.000Z', expiresOn: '2025-06-14T04:00:00.000Z' })).toBe('expired');
    expect(statusOf({ effectiveFrom: '2024-01-01T04:00:00.000Z', expiresOn: '2025-06-15T04:00:00.000Z' })).toBe('in-force');
    expect(statusOf({})).toBe('unconfirmed');
  });

  test('offers every status the site shows, labelled as the site labels them', () => {
    const options = (policyStatusField as unknown as { options: { value: string; label: { zh: string; en: string } }[] }).options;
    expect(Object.fromEntries(options.map((o) => [o.value, o.label]))).toEqual({
      'in-force': { zh: '现行有效', en: 'In force' },
      upcoming: { zh: '尚未生效', en: 'Not yet in force' },
      expired: { zh: '已失效', en: 'Expired' },
      unconfirmed: { zh: '待确认（生效日期未知）', en: 'To be confirmed (effective date unknown)' },
    });
  });
});
