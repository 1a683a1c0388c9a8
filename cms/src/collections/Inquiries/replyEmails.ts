import { escapeHtml } from '#common/html.ts';
import type { EmailContent } from './emails';

type Lang = 'zh' | 'en';

const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, ' ').slice(0, 150);
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((block) => `<p style="white-space:pre-wrap">${escapeHtml(block)}</p>`)
    .join('');

/**
 * An officer's reply to a prospect, in the reply's language: the officer's text, signed with
 * their name and the bureau's, and the reference with where to follow the inquiry. Sent from the
 * bureau's address; the job sets Reply-To to the officer.
 */
export function replyEmail(
  reply: { reference: string; body: string; officerName: string; language: Lang },
  trackUrl: string | undefined,
): EmailContent {
  const en = reply.language === 'en';
  const subject = en
    ? `Your inquiry ${reply.reference} – Xiangtan Hi-tech Zone Investment Promotion Bureau`
    : `关于您的投资咨询 ${reply.reference} 的答复 – 湘潭高新区招商局`;
  const signature = en
    ? [reply.officerName, 'Investment Promotion Bureau, Xiangtan Hi-tech Zone']
    : [reply.officerName, '湘潭高新区招商局'];
  const footer = en
    ? `Reference: ${reply.reference}.${trackUrl ? ` You can answer by replying to this email or at ${trackUrl}.` : ' You can answer by replying to this email.'}`
    : `咨询编号：${reply.reference}。${trackUrl ? `您可直接回复本邮件，或在 ${trackUrl} 回复。` : '您可直接回复本邮件。'}`;
  const text = [reply.body.trimEnd(), '', ...signature, '', footer].join('\n');
  const html = `${paragraphs(reply.body.trimEnd())}<p>${signature.map(escapeHtml).join('<br>')}</p><p>${escapeHtml(footer)}</p>`;
  return { subject: oneLine(subject), text, html };
}

/** Tells the officer in charge that the prospect answered on the tracking page (both working languages). */
export function answerNotice(answer: { reference: string; company: string; text: string; ownerName?: string | null }): EmailContent {
  const subject = oneLine(`[${answer.reference}] 客户回复 / The prospect answered: ${answer.company}`);
  const lines = [
    `客户在进度查询页面回复了咨询 ${answer.reference}。 / The prospect answered inquiry ${answer.reference} on the tracking page.`,
    `负责专员 / Owner: ${answer.ownerName ?? '未分配 / not assigned'}`,
  ];
  const text = [...lines, '', answer.text].join('\n');
  const html = `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<blockquote style="white-space:pre-wrap">${escapeHtml(answer.text)}</blockquote>`;
  return { subject, text, html };
}
