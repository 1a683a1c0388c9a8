import { investmentBands } from '../collections/InvestmentProjects/band';
import { median } from '../collections/Inquiries/stats';
import { chinaDay, chinaMonth, type Period } from './period';

// The monthly report (月通报) as numbers: pure functions over records the loader
// (cms/src/report/loadReport.ts) has read with the viewer's access and reduced to what counts.
// Every record falls in exactly one month by one day of China's calendar, so a quarter or a year
// is its months added up, and the sum of the months is the period.

/** The article's bands, and projects signed with no planned investment recorded (counted, in no band). */
export const bands = [...investmentBands, 'unknown'] as const;
export type Band = (typeof bands)[number];

/** A new lead: an inquiry from the form, or a project entered directly (source other than an inquiry). */
export interface LeadRecord {
  /** `inquiry` for the form's inquiries; a project's own source otherwise. */
  source: string;
  /** The day it came in: an inquiry's receipt, a project's `enteredOn`. */
  on: string | null | undefined;
  /** Keys the report names by label: the industry's slug, the park's id, the country's code. */
  industry?: string | null;
  park?: string | null;
  country?: string | null;
}

export interface InquiryRecord {
  createdAt: string;
  respondBy?: string | null;
  firstResponseAt?: string | null;
}

export interface ObligationRecord {
  kind?: string | null;
  description?: string | null;
  dueOn?: string | null;
  status?: string | null;
  metOn?: string | null;
}

export interface ProjectRecord {
  id: number | string;
  name: string;
  fromInquiry: boolean;
  stage?: string | null;
  band?: string | null;
  plannedInvestmentCny?: number | null;
  contractAmountCny?: number | null;
  enteredOn?: string | null;
  signedOn?: string | null;
  constructionStartedOn?: string | null;
  productionStartedOn?: string | null;
  obligations?: ObligationRecord[] | null;
}

export interface ActivityRecord {
  kind?: string | null;
  title?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  place?: string | null;
}

export interface ReportInput {
  leads: LeadRecord[];
  inquiries: InquiryRecord[];
  projects: ProjectRecord[];
  activities: ActivityRecord[];
}

export interface ProjectLine {
  id: number | string;
  name: string;
  on: string;
  band?: string | null;
  plannedInvestmentCny?: number | null;
  contractAmountCny?: number | null;
}

export interface ObligationLine {
  projectId: number | string;
  project: string;
  kind?: string | null;
  description?: string | null;
  dueOn?: string;
  metOn?: string;
  status?: string | null;
}

export interface BandSum {
  count: number;
  investmentCny: number;
  contractCny: number;
}

export interface MonthReport {
  month: string;
  newLeads: {
    total: number;
    bySource: Record<string, number>;
    byIndustry: Record<string, number>;
    byPark: Record<string, number>;
    byCountry: Record<string, number>;
  };
  firstResponse: {
    received: number;
    onTime: number;
    late: number;
    /** Not answered and past the deadline at the time of the report. */
    overdue: number;
    /** Not answered, still within the deadline. */
    waiting: number;
    /** Hours from receipt to first response of those answered (pooled when months are added). */
    hours: number[];
  };
  converted: ProjectLine[];
  signed: Record<Band, BandSum> & { total: BandSum; projects: ProjectLine[] };
  constructionStarted: ProjectLine[];
  productionStarted: ProjectLine[];
  obligations: { met: ObligationLine[]; due: ObligationLine[]; late: ObligationLine[] };
  activities: { missions: number; events: number; list: (ActivityRecord & { startsOn: string })[] };
}

/** "Not recorded": the key a missing value is counted under. */
export const notRecorded = '—';

const bump = (counts: Record<string, number>, key: string | null | undefined) => {
  const k = key?.trim() || notRecorded;
  counts[k] = (counts[k] ?? 0) + 1;
};

const emptyBand = (): BandSum => ({ count: 0, investmentCny: 0, contractCny: 0 });
const addBand = (a: BandSum, b: BandSum): BandSum => ({
  count: a.count + b.count,
  investmentCny: a.investmentCny + b.investmentCny,
  contractCny: a.contractCny + b.contractCny,
});
const amount = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function emptyMonth(month: string): MonthReport {
  return {
    month,
    newLeads: { total: 0, bySource: {}, byIndustry: {}, byPark: {}, byCountry: {} },
    firstResponse: { received: 0, onTime: 0, late: 0, overdue: 0, waiting: 0, hours: [] },
    converted: [],
    signed: { major: emptyBand(), medium: emptyBand(), small: emptyBand(), unknown: emptyBand(), total: emptyBand(), projects: [] },
    constructionStarted: [],
    productionStarted: [],
    obligations: { met: [], due: [], late: [] },
    activities: { missions: 0, events: 0, list: [] },
  };
}

const line = (project: ProjectRecord, on: string): ProjectLine => ({
  id: project.id,
  name: project.name,
  on,
  band: project.band,
  plannedInvestmentCny: project.plannedInvestmentCny,
  contractAmountCny: project.contractAmountCny,
});

/**
 * One month's report. `now` decides which unanswered inquiries are already overdue. A dropped
 * project is not counted as signed (the ledger is kept as things change, and so are its reports).
 */
export function monthReport(month: string, input: ReportInput, now: Date = new Date()): MonthReport {
  const report = emptyMonth(month);
  const inMonth = (value: unknown) => chinaMonth(value) === month;

  for (const lead of input.leads) {
    if (!inMonth(lead.on)) continue;
    report.newLeads.total += 1;
    bump(report.newLeads.bySource, lead.source);
    bump(report.newLeads.byIndustry, lead.industry);
    bump(report.newLeads.byPark, lead.park);
    bump(report.newLeads.byCountry, lead.country);
  }

  const response = report.firstResponse;
  for (const inquiry of input.inquiries) {
    if (!inMonth(inquiry.createdAt)) continue;
    response.received += 1;
    const due = inquiry.respondBy ? Date.parse(inquiry.respondBy) : NaN;
    if (inquiry.firstResponseAt) {
      const answered = Date.parse(inquiry.firstResponseAt);
      response.hours.push((answered - Date.parse(inquiry.createdAt)) / 3_600_000);
      // No deadline recorded (a lead from before the desk had one) counts as answered in time.
      if (Number.isNaN(due) || answered <= due) response.onTime += 1;
      else response.late += 1;
    } else if (!Number.isNaN(due) && now.getTime() > due) response.overdue += 1;
    else response.waiting += 1;
  }

  for (const project of input.projects) {
    const entered = chinaDay(project.enteredOn);
    if (project.fromInquiry && entered && inMonth(entered)) report.converted.push(line(project, entered));
    const signed = chinaDay(project.signedOn);
    if (signed && inMonth(signed) && project.stage !== 'dropped') {
      const band = (investmentBands as readonly string[]).includes(project.band ?? '') ? (project.band as Band) : 'unknown';
      const sum = { count: 1, investmentCny: amount(project.plannedInvestmentCny), contractCny: amount(project.contractAmountCny) };
      report.signed[band] = addBand(report.signed[band], sum);
      report.signed.total = addBand(report.signed.total, sum);
      report.signed.projects.push(line(project, signed));
    }
    const construction = chinaDay(project.constructionStartedOn);
    if (construction && inMonth(construction)) report.constructionStarted.push(line(project, construction));
    const production = chinaDay(project.productionStartedOn);
    if (production && inMonth(production)) report.productionStarted.push(line(project, production));

    for (const obligation of project.obligations ?? []) {
      const dueOn = chinaDay(obligation.dueOn);
      const metOn = chinaDay(obligation.metOn);
      const entry: ObligationLine = {
        projectId: project.id,
        project: project.name,
        kind: obligation.kind,
        description: obligation.description,
        dueOn,
        metOn,
        status: obligation.status,
      };
      if (obligation.status === 'met' && metOn && inMonth(metOn)) report.obligations.met.push(entry);
      if (obligation.status === 'waived' || !dueOn || !inMonth(dueOn)) continue;
      report.obligations.due.push(entry);
      // Late: marked late by the daily round, or met only after its day.
      if (obligation.status === 'late' || (obligation.status === 'met' && metOn !== undefined && metOn > dueOn))
        report.obligations.late.push(entry);
    }
  }

  for (const activity of input.activities) {
    const starts = chinaDay(activity.startsOn);
    if (!starts || !inMonth(starts)) continue;
    if (activity.kind === 'mission') report.activities.missions += 1;
    else report.activities.events += 1;
    report.activities.list.push({ ...activity, startsOn: starts });
  }
  return report;
}

const addCounts = (a: Record<string, number>, b: Record<string, number>) => {
  const sum = { ...a };
  for (const [key, n] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
};

/** Two reports added up: counts and sums add, lists follow each other. */
export function addReports(a: MonthReport, b: MonthReport, month = a.month): MonthReport {
  return {
    month,
    newLeads: {
      total: a.newLeads.total + b.newLeads.total,
      bySource: addCounts(a.newLeads.bySource, b.newLeads.bySource),
      byIndustry: addCounts(a.newLeads.byIndustry, b.newLeads.byIndustry),
      byPark: addCounts(a.newLeads.byPark, b.newLeads.byPark),
      byCountry: addCounts(a.newLeads.byCountry, b.newLeads.byCountry),
    },
    firstResponse: {
      received: a.firstResponse.received + b.firstResponse.received,
      onTime: a.firstResponse.onTime + b.firstResponse.onTime,
      late: a.firstResponse.late + b.firstResponse.late,
      overdue: a.firstResponse.overdue + b.firstResponse.overdue,
      waiting: a.firstResponse.waiting + b.firstResponse.waiting,
      hours: [...a.firstResponse.hours, ...b.firstResponse.hours],
    },
    converted: [...a.converted, ...b.converted],
    signed: {
      major: addBand(a.signed.major, b.signed.major),
      medium: addBand(a.signed.medium, b.signed.medium),
      small: addBand(a.signed.small, b.signed.small),
      unknown: addBand(a.signed.unknown, b.signed.unknown),
      total: addBand(a.signed.total, b.signed.total),
      projects: [...a.signed.projects, ...b.signed.projects],
    },
    constructionStarted: [...a.constructionStarted, ...b.constructionStarted],
    productionStarted: [...a.productionStarted, ...b.productionStarted],
    obligations: {
      met: [...a.obligations.met, ...b.obligations.met],
      due: [...a.obligations.due, ...b.obligations.due],
      late: [...a.obligations.late, ...b.obligations.late],
    },
    activities: {
      missions: a.activities.missions + b.activities.missions,
      events: a.activities.events + b.activities.events,
      list: [...a.activities.list, ...b.activities.list],
    },
  };
}

export interface PeriodReport {
  period: Period;
  /** Each month of the period, in order. */
  months: MonthReport[];
  /** The months added up. */
  total: MonthReport;
}

/** A period's report: its months, each on its own, and their sum. */
export function periodReport(period: Period, input: ReportInput, now: Date = new Date()): PeriodReport {
  const months = period.months.map((month) => monthReport(month, input, now));
  const total = months.reduce((sum, month) => addReports(sum, month, period.key), emptyMonth(period.key));
  return { period, months, total };
}

/** Median hours to the first response, one decimal; null when nothing was answered. */
export function medianResponseHours(report: MonthReport): number | null {
  const m = median(report.firstResponse.hours);
  return m === null ? null : Math.round(m * 10) / 10;
}
