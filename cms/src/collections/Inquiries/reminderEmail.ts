import { escapeHtml } from '#common/html.ts';
import { answerText } from './answers';
import type { EmailContent } from './emails';

export interface ReminderFor {
  reference: string;
  company: string;
  country: string;
  stage: string;
  /** The next action day, `YYYY-MM-DD` (China). */
  day: string;
  ownerName?: string | null;
}

/**
 * The owner's reminder on a lead's next action day, in both of the bureau's working languages.
 * It names the lead by reference, company, country and stage and links nothing but the desk: the
 * prospect's own words stay on the desk.
 */
export function reminderEmail(lead: ReminderFor, adminUrl?: string): EmailContent {
  const country = [answerText('country', lead.country, 'zh'), answerText('country', lead.country, 'en')];
  const lines = [
    `${lead.ownerName ? `${lead.ownerName}，` : ''}您好：今天（${lead.day}）是咨询 ${lead.reference} 的下次跟进日期。`,
    `${lead.ownerName ? `Dear ${lead.ownerName}, ` : ''}today (${lead.day}) is the next action day of inquiry ${lead.reference}.`,
    `公司 / Company: ${lead.company} (${country[0] === country[1] ? country[0] : country.join(' / ')})`,
    `进度 / Stage: ${answerText('stage', lead.stage, 'zh')} / ${answerText('stage', lead.stage, 'en')}`,
    ...(adminUrl ? [`${adminUrl}`] : []),
  ];
  return {
    subject: `[${lead.reference}] 今日跟进提醒 / Follow-up due today: ${lead.company}`.replace(/[\r\n\t]+/g, ' ').slice(0, 150),
    text: lines.join('\n'),
    html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
  };
}
