import { chinaTimeZone } from '#common/chinaTime.ts';
import { escapeHtml } from '#common/html.ts';
import { uiString } from '../../lib/optionLabels';
import { answerText } from './answers';

type Lang = 'zh' | 'en';
export type NotificationKind = 'bureau' | 'officer' | 'prospect';

export interface InquiryForEmail {
  reference: string;
  name: string;
  jobTitle?: string | null;
  email: string;
  phone?: string | null;
  company: string;
  website?: string | null;
  country: string;
  companySize?: string | null;
  inquiryType?: string | null;
  industry?: string | null;
  parkName?: string | null;
  investmentBand?: string | null;
  jobsBand?: string | null;
  timeline?: string | null;
  message: string;
  preferredLanguage?: string | null;
  contactChannel?: string | null;
  respondBy?: string | null;
  ownerName?: string | null;
  createdAt?: string | null;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** Header values (the subject) on one line. */
const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, ' ').slice(0, 150);

/** A choice's label; a value without one (an industry an editor added) shows as it is stored. */
const option = (group: string, value: string | null | undefined, lang: Lang) => {
  if (!value) return '';
  const key = `inquiry.${group}.${value}`;
  const label = uiString(key, lang);
  return label === key ? value : label;
};

function details(inquiry: InquiryForEmail, lang: Lang): [string, string][] {
  const label = (key: string) => uiString(key, lang);
  return [
    [label('track.reference'), inquiry.reference],
    [label('inquiry.name'), inquiry.name],
    [label('inquiry.jobTitle'), inquiry.jobTitle ?? ''],
    [label('inquiry.email'), inquiry.email],
    [label('inquiry.phone'), inquiry.phone ?? ''],
    [label('inquiry.company'), inquiry.company],
    [label('inquiry.website'), inquiry.website ?? ''],
    [label('inquiry.country'), answerText('country', inquiry.country, lang)],
    [label('inquiry.companySize'), option('companySize', inquiry.companySize, lang)],
    [label('inquiry.inquiryType'), option('inquiryType', inquiry.inquiryType, lang)],
    [label('inquiry.industry'), option('industry', inquiry.industry, lang)],
    [label('inquiry.park'), inquiry.parkName ?? ''],
    [label('inquiry.investmentBand'), option('investmentBand', inquiry.investmentBand, lang)],
    [label('inquiry.jobsBand'), option('jobsBand', inquiry.jobsBand, lang)],
    [label('inquiry.timeline'), option('timeline', inquiry.timeline, lang)],
    [label('inquiry.preferredLanguage'), inquiry.preferredLanguage ? uiString(`inquiry.language.${inquiry.preferredLanguage}`, lang) : ''],
    [label('inquiry.contactChannel'), option('contactChannel', inquiry.contactChannel, lang)],
    [label('inquiry.message'), inquiry.message],
  ];
}

function render(lines: string[], table: [string, string][]): { text: string; html: string } {
  const text = [...lines, '', ...table.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`)].join('\n');
  const html =
    lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
    `<table>${table
      .filter(([, v]) => v)
      .map(([k, v]) => `<tr><th align="left" valign="top">${escapeHtml(k)}</th><td style="white-space:pre-wrap">${escapeHtml(v)}</td></tr>`)
      .join('')}</table>`;
  return { text, html };
}

/** The day the bureau received the inquiry, in the prospect's language and China's time zone. */
const receivedOn = (iso: string | null | undefined, lang: Lang) =>
  iso
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: chinaTimeZone,
      }).format(new Date(iso))
    : '';

/**
 * The prospect's confirmation. It goes to whatever address the form was given, so it carries
 * only what the bureau writes (reference, date, the chosen type's label, how to track) and none
 * of the text the sender typed, not even the name: otherwise anyone could make the bureau mail
 * their own words to a stranger.
 */
function confirmation(inquiry: InquiryForEmail, trackUrl: string | undefined): EmailContent {
  const lang: Lang = inquiry.preferredLanguage === 'en' ? 'en' : 'zh';
  const lines =
    lang === 'en'
      ? [
          'Dear investor,',
          `Thank you for your inquiry to the Investment Promotion Bureau of the Xiangtan Hi-tech Zone. Your reference number is ${inquiry.reference}.`,
          'An investment officer will contact you, normally within one working day.',
          trackUrl
            ? `You can follow your inquiry at ${trackUrl} with this number and the email address you gave.`
            : 'You can follow your inquiry on the portal’s tracking page with this number and the email address you gave.',
          'If you did not send this inquiry, please ignore this message.',
        ]
      : [
          '尊敬的投资者，您好：',
          `感谢您向湘潭高新区招商局提交投资咨询。您的咨询编号为 ${inquiry.reference}。`,
          '招商专员通常将在一个工作日内与您联系。',
          trackUrl
            ? `您可凭此编号和所填电子邮箱在 ${trackUrl} 查询办理进度。`
            : '您可凭此编号和所填电子邮箱在门户网站的进度查询页面查询办理进度。',
          '如果您并未提交此咨询，请忽略本邮件。',
        ];
  const table: [string, string][] = [
    [uiString('track.reference', lang), inquiry.reference],
    [uiString('track.received', lang), receivedOn(inquiry.createdAt, lang)],
    [uiString('inquiry.inquiryType', lang), option('inquiryType', inquiry.inquiryType, lang)],
  ];
  const subject = lang === 'en' ? `Your inquiry ${inquiry.reference} has been received` : `您的投资咨询 ${inquiry.reference} 已收到`;
  return { subject, ...render(lines, table) };
}

/**
 * The three notifications of a new lead: to the bureau's inbox and to the officer in charge
 * (both in Chinese and English, the bureau's working languages, with everything the prospect
 * sent), and the confirmation to the prospect in the language they chose.
 */
export function inquiryEmail(kind: NotificationKind, inquiry: InquiryForEmail, trackUrl?: string): EmailContent {
  if (kind === 'prospect') return confirmation(inquiry, trackUrl);
  const country = [answerText('country', inquiry.country, 'zh'), answerText('country', inquiry.country, 'en')];
  const who = oneLine(`${inquiry.company} (${country[0] === country[1] ? country[0] : country.join(' / ')})`);
  const subject =
    kind === 'officer'
      ? `[${inquiry.reference}] 新分配给您的咨询 / New lead assigned to you: ${who}`
      : `[${inquiry.reference}] 新投资咨询 / New inquiry: ${who}`;
  const lines = [
    kind === 'officer'
      ? `此咨询已分配给${inquiry.ownerName ? ` ${inquiry.ownerName}` : '您'}。 / This lead is assigned to ${inquiry.ownerName ?? 'you'}.`
      : `负责专员 / Owner: ${inquiry.ownerName ?? '未分配 / not assigned'}`,
    ...(inquiry.respondBy ? [`首次答复期限 / First response due: ${inquiry.respondBy}`] : []),
  ];
  return {
    subject,
    ...render(
      lines,
      details(inquiry, 'zh').map(([k, v], i) => [`${k} / ${details(inquiry, 'en')[i][0]}`, v] as [string, string]),
    ),
  };
}
