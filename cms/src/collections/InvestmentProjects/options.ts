/** The choices of an investment project's fields, with their labels in both admin languages. */
const options = <T extends string>(labels: Record<T, { zh: string; en: string }>) =>
  (Object.entries(labels) as [T, { zh: string; en: string }][]).map(([value, label]) => ({ value, label }));

// `unknown`: where a project came from is not recorded (the article's projects say nothing of it).
export const projectSources = ['inquiry', 'department', 'event', 'mission', 'referral', 'unknown'] as const;
export const sourceOptions = options<(typeof projectSources)[number]>({
  inquiry: { zh: '投资咨询', en: 'Inquiry' },
  department: { zh: '区内其他部门', en: 'Another department of the zone' },
  event: { zh: '活动', en: 'Event' },
  mission: { zh: '外出招商', en: 'Mission' },
  referral: { zh: '推荐', en: 'Referral' },
  unknown: { zh: '未记录', en: 'Not recorded' },
});

export const investmentStages = ['lead', 'negotiating', 'signed', 'construction', 'production', 'dropped'] as const;
export type InvestmentStage = (typeof investmentStages)[number];
export const stageOptions = options<InvestmentStage>({
  lead: { zh: '线索', en: 'Lead' },
  negotiating: { zh: '洽谈中', en: 'Negotiating' },
  signed: { zh: '已签约', en: 'Signed' },
  construction: { zh: '在建', en: 'Under construction' },
  production: { zh: '已投产', en: 'In production' },
  dropped: { zh: '已终止', en: 'Dropped' },
});

export const bandOptions = options({
  major: { zh: '亿元以上', en: '¥100 million or more' },
  medium: { zh: '2000万元至1亿元', en: '¥20–100 million' },
  small: { zh: '2000万元以下', en: 'Under ¥20 million' },
});

export const milestonePhaseOptions = options({
  entry: { zh: '入区', en: 'Entry' },
  construction: { zh: '建设', en: 'Construction' },
});

export const obligationKinds = ['investment', 'constructionStart', 'completion', 'production', 'jobs', 'other'] as const;
export const obligationKindOptions = options<(typeof obligationKinds)[number]>({
  investment: { zh: '投资到位', en: 'Investment paid in' },
  constructionStart: { zh: '开工', en: 'Construction start' },
  completion: { zh: '竣工', en: 'Completion' },
  production: { zh: '投产', en: 'Start of production' },
  jobs: { zh: '就业岗位', en: 'Jobs' },
  other: { zh: '其他', en: 'Other' },
});

export const obligationStatuses = ['open', 'met', 'late', 'waived'] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];
export const obligationStatusOptions = options<ObligationStatus>({
  open: { zh: '未到期', en: 'Open' },
  met: { zh: '已履约', en: 'Met' },
  late: { zh: '逾期', en: 'Late' },
  waived: { zh: '已豁免', en: 'Waived' },
});
