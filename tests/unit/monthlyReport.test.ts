import { describe, expect, it } from 'vitest';
import { medianResponseHours, monthReport, periodReport, type ReportInput } from '../../cms/src/report/monthlyReport';
import { parsePeriod, type Period } from '../../cms/src/report/period';

const quarter = parsePeriod('2026-Q4') as Period;
const now = new Date('2026-12-15T00:00:00Z');

const input: ReportInput = {
  leads: [
    { source: 'inquiry', on: '2026-10-31T16:30:00.000Z', industry: 'advanced-manufacturing', park: '1', country: 'DE' },
    { source: 'inquiry', on: '2026-10-31T15:00:00.000Z', industry: 'advanced-manufacturing', park: null, country: 'DE' },
    { source: 'department', on: '2026-11-05', industry: 'new-energy', park: '2', country: null },
  ],
  inquiries: [
    // Answered within its deadline (received 1 November in China).
    { createdAt: '2026-10-31T16:30:00.000Z', respondBy: '2026-11-02T16:30:00.000Z', firstResponseAt: '2026-11-01T04:30:00.000Z' },
    // Answered after it.
    { createdAt: '2026-11-10T02:00:00.000Z', respondBy: '2026-11-11T02:00:00.000Z', firstResponseAt: '2026-11-12T02:00:00.000Z' },
    // Not answered, deadline passed.
    { createdAt: '2026-11-20T02:00:00.000Z', respondBy: '2026-11-23T02:00:00.000Z', firstResponseAt: null },
    // Not answered, still within its deadline on the report's clock.
    { createdAt: '2026-11-30T02:00:00.000Z', respondBy: '2026-12-30T02:00:00.000Z' },
    // October in China: not this month.
    { createdAt: '2026-10-31T15:00:00.000Z', respondBy: '2026-11-02T15:00:00.000Z', firstResponseAt: '2026-11-01T03:00:00.000Z' },
  ],
  projects: [
    {
      id: 1,
      name: 'Entered in October, signed in November',
      fromInquiry: true,
      stage: 'signed',
      band: 'major',
      plannedInvestmentCny: 2_000_000_000,
      contractAmountCny: 1_800_000_000,
      enteredOn: '2026-10-31T04:00:00.000Z',
      signedOn: '2026-11-01T04:00:00.000Z',
      obligations: [
        { kind: 'constructionStart', dueOn: '2026-11-30T04:00:00.000Z', status: 'met', metOn: '2026-11-28T04:00:00.000Z' },
        { kind: 'investment', dueOn: '2026-11-15T04:00:00.000Z', status: 'late' },
        { kind: 'jobs', dueOn: '2026-11-16T04:00:00.000Z', status: 'met', metOn: '2026-12-02T04:00:00.000Z' },
        { kind: 'other', dueOn: '2026-11-17T04:00:00.000Z', status: 'waived' },
        { kind: 'completion', dueOn: '2026-12-01T04:00:00.000Z', status: 'open' },
      ],
    },
    {
      id: 2,
      name: 'Medium, signed at the end of November',
      fromInquiry: false,
      stage: 'construction',
      band: 'medium',
      plannedInvestmentCny: 50_000_000,
      enteredOn: '2026-11-02',
      signedOn: '2026-11-30T04:00:00.000Z',
      constructionStartedOn: '2026-11-30T16:30:00.000Z',
    },
    {
      id: 3,
      name: 'Dropped after signing',
      fromInquiry: false,
      stage: 'dropped',
      band: 'small',
      plannedInvestmentCny: 5,
      signedOn: '2026-11-03',
    },
    { id: 5, name: 'Signed, amount not known', fromInquiry: false, stage: 'signed', band: null, signedOn: '2026-11-06' },
    {
      id: 4,
      name: 'Small',
      fromInquiry: true,
      stage: 'production',
      band: 'small',
      plannedInvestmentCny: 1_000_000,
      enteredOn: '2026-11-04',
      signedOn: '2026-11-04',
      productionStartedOn: '2026-11-20',
    },
  ],
  activities: [
    { kind: 'mission', title: 'Mission to Shenzhen', startsOn: '2026-11-03', endsOn: '2026-11-05' },
    { kind: 'event', title: 'Investment fair', startsOn: '2026-10-30', endsOn: '2026-11-02' },
    { kind: 'event', title: 'Park open day', startsOn: '2026-11-21' },
  ],
};

describe('the monthly report', () => {
  const november = monthReport('2026-11', input, now);

  it('counts new leads by source, industry, park and country by the day they came in, in China', () => {
    expect(november.newLeads).toEqual({
      total: 2,
      bySource: { inquiry: 1, department: 1 },
      byIndustry: { 'advanced-manufacturing': 1, 'new-energy': 1 },
      byPark: { '1': 1, '2': 1 },
      byCountry: { DE: 1, '—': 1 },
    });
  });

  it('sets first responses against their deadline', () => {
    expect(november.firstResponse).toMatchObject({ received: 4, onTime: 1, late: 1, overdue: 1, waiting: 1 });
    expect(november.firstResponse.hours).toEqual([12, 48]);
    expect(medianResponseHours(november)).toBe(30);
    // On a clock before the fourth deadline, it is still waiting; at the end of the month the third one was overdue.
    expect(monthReport('2026-11', input, new Date('2026-11-22T00:00:00Z')).firstResponse).toMatchObject({ overdue: 0, waiting: 2 });
  });

  it('counts signed projects in the article’s bands with their total investment, leaving dropped ones out', () => {
    expect(november.signed.major).toEqual({ count: 1, investmentCny: 2_000_000_000, contractCny: 1_800_000_000 });
    expect(november.signed.medium).toEqual({ count: 1, investmentCny: 50_000_000, contractCny: 0 });
    expect(november.signed.small).toEqual({ count: 1, investmentCny: 1_000_000, contractCny: 0 });
    // No amount, no band: counted among the signed, never as small.
    expect(november.signed.unknown).toEqual({ count: 1, investmentCny: 0, contractCny: 0 });
    expect(november.signed.total).toEqual({ count: 4, investmentCny: 2_051_000_000, contractCny: 1_800_000_000 });
    expect(november.signed.projects.map((p) => p.id)).toEqual([1, 2, 5, 4]);
  });

  it('counts a project that crosses the month boundary in the month of each of its days', () => {
    const october = monthReport('2026-10', input, now);
    // Project 1 was entered (from its inquiry) in October and signed in November.
    expect(october.converted.map((p) => p.id)).toEqual([1]);
    expect(october.signed.total.count).toBe(0);
    expect(november.converted.map((p) => p.id)).toEqual([4]);
    // Project 2's construction started at 00:30 on 1 December, China time.
    expect(november.constructionStarted).toEqual([]);
    expect(monthReport('2026-12', input, now).constructionStarted.map((p) => p.id)).toEqual([2]);
    expect(november.productionStarted.map((p) => [p.id, p.on])).toEqual([[4, '2026-11-20']]);
  });

  it('lists obligations met, due and late in the month, without the waived ones', () => {
    const kinds = (lines: { kind?: string | null }[]) => lines.map((l) => l.kind);
    expect(kinds(november.obligations.met)).toEqual(['constructionStart']);
    expect(kinds(november.obligations.due)).toEqual(['constructionStart', 'investment', 'jobs']);
    expect(kinds(november.obligations.late)).toEqual(['investment', 'jobs']);
    expect(kinds(monthReport('2026-12', input, now).obligations.met)).toEqual(['jobs']);
  });

  it('counts missions and events by the day they start', () => {
    expect(november.activities.missions).toBe(1);
    expect(november.activities.events).toBe(1);
    expect(november.activities.list.map((a) => a.title)).toEqual(['Mission to Shenzhen', 'Park open day']);
  });
});

describe('a quarter', () => {
  it('is its three months added up', () => {
    const report = periodReport(quarter, input, now);
    expect(report.months.map((m) => m.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(report.total.month).toBe('2026-Q4');
    expect(report.total.newLeads.total).toBe(3);
    expect(report.total.newLeads.byCountry).toEqual({ DE: 2, '—': 1 });
    expect(report.total.signed.total).toEqual(report.months[1]!.signed.total);
    expect(report.total.converted.map((p) => p.id)).toEqual([1, 4]);
    expect(report.total.firstResponse).toMatchObject({ received: 5, onTime: 2, late: 1, overdue: 1 });
    expect(report.total.firstResponse.hours).toEqual([12, 12, 48]);
    expect(report.total.obligations.met).toHaveLength(2);
    expect(report.total.activities).toMatchObject({ missions: 1, events: 2 });
  });
});
