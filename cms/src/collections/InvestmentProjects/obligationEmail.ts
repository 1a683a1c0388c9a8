import { escapeHtml } from '#common/html.ts';
import type { EmailContent } from '../Inquiries/emails';
import { obligationKindOptions } from './options';

export interface ObligationFor {
  project: string;
  kind: string;
  description?: string | null;
  target?: number | null;
  /** The due day, `YYYY-MM-DD` (China). */
  day: string;
  recipientName?: string | null;
}

const kindLabel = (kind: string) => obligationKindOptions.find((option) => option.value === kind)?.label ?? { zh: kind, en: kind };

/**
 * The notice to a project's officer and zone leader on the day a contract obligation falls due, in
 * both of the bureau's working languages; it links the project in the admin.
 */
export function obligationEmail(due: ObligationFor, adminUrl?: string): EmailContent {
  const kind = kindLabel(due.kind);
  const what = [due.description, due.target != null ? String(due.target) : null].filter(Boolean).join(' · ');
  const lines = [
    `${due.recipientName ? `${due.recipientName}，` : ''}您好：项目“${due.project}”的履约事项“${kind.zh}”于 ${due.day} 到期。`,
    `${due.recipientName ? `Dear ${due.recipientName}, ` : ''}the obligation "${kind.en}" of the project "${due.project}" falls due on ${due.day}.`,
    ...(what ? [`内容 / Details: ${what}`] : []),
    '请在项目中记录履约情况（已履约，或豁免及理由）；到期日后仍未处理的事项显示为逾期。',
    'Record in the project whether it was met (or waived, with the reason); an obligation still open after its due day shows as late.',
    ...(adminUrl ? [adminUrl] : []),
  ];
  return {
    subject: `履约事项到期 / Obligation due ${due.day}: ${due.project} – ${kind.zh} / ${kind.en}`.replace(/[\r\n\t]+/g, ' ').slice(0, 150),
    text: lines.join('\n'),
    html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
  };
}
