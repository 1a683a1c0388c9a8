import { uiString } from './optionLabels';

type Lang = 'zh' | 'en';

/** What an email on the timeline is: which notification of a lead. */
export const emailKinds = ['bureau', 'officer', 'prospect', 'reply', 'answer', 'reminder'] as const;
export type EmailKind = (typeof emailKinds)[number];

/** Where a message stands: queued, sent, failed and being retried, given up, or not sent (no address). */
export const emailStates = ['queued', 'sent', 'retrying', 'failed', 'skipped'] as const;
export type EmailState = (typeof emailStates)[number];

const kindLabels: Record<EmailKind, [string, string]> = {
  bureau: ['通知招商局邮箱', 'Notice to the bureau inbox'],
  officer: ['通知负责专员', 'Notice to the officer'],
  prospect: ['给客户的确认邮件', 'Confirmation to the prospect'],
  reply: ['给客户的答复', 'Reply to the prospect'],
  answer: ['客户回复通知负责专员', 'Prospect’s answer, to the owner'],
  reminder: ['跟进提醒（发给负责专员）', 'Follow-up reminder to the owner'],
};
const stateLabels: Record<EmailState, [string, string]> = {
  queued: ['排队待发', 'queued'],
  sent: ['已发送', 'sent'],
  retrying: ['发送失败，正在重试', 'failed, retrying'],
  failed: ['发送失败，已放弃', 'failed, given up'],
  skipped: ['未发送（无收件地址）', 'not sent (no address)'],
};

export const emailKindOptions = emailKinds.map((value) => ({ value, label: { zh: kindLabels[value][0], en: kindLabels[value][1] } }));
export const emailStateOptions = emailStates.map((value) => ({ value, label: { zh: stateLabels[value][0], en: stateLabels[value][1] } }));

export interface TimelineEntry {
  action: string;
  from?: string | null;
  to?: string | null;
  note?: string | null;
  emailKind?: EmailKind | null;
  emailState?: EmailState | null;
  attempts?: number | null;
  lastError?: string | null;
  replyLanguage?: string | null;
  mergedFrom?: string | null;
}

const pick = (pair: [string, string], lang: Lang) => (lang === 'en' ? pair[1] : pair[0]);
const stageLabel = (code: string | null | undefined, lang: Lang) => (code ? uiString(`inquiry.stage.${code}`, lang) : '—');

/**
 * One line that says what happened, in the admin's language: stage codes as their labels, an
 * email with its state, attempts and last error, a note or a prospect's answer with its text.
 */
export function describeEntry(entry: TimelineEntry, lang: Lang): string {
  const line = describeEvent(entry, lang);
  // An entry copied onto the survivor of a merge says which inquiry it happened to.
  return entry.mergedFrom ? `[${entry.mergedFrom}] ${line}` : line;
}

function describeEvent(entry: TimelineEntry, lang: Lang): string {
  const t = (zh: string, en: string) => (lang === 'en' ? en : zh);
  switch (entry.action) {
    case 'created':
      return [t(`收到咨询，进度：${stageLabel(entry.to, lang)}`, `Inquiry received, stage: ${stageLabel(entry.to, lang)}`), entry.note]
        .filter(Boolean)
        .join('\n');
    case 'stage': {
      const line = `${stageLabel(entry.from, lang)} → ${stageLabel(entry.to, lang)}`;
      return entry.note ? `${line} (${uiString(`inquiry.closeReason.${entry.note}`, lang)})` : line;
    }
    case 'owner':
      return `${entry.from || t('未分配', 'nobody')} → ${entry.to || t('未分配', 'nobody')}`;
    case 'note':
    case 'answer':
      return entry.note ?? '';
    case 'nextAction':
      return t(
        `下次跟进日期：${entry.from || '未设'} → ${entry.to || '未设'}`,
        `Next action: ${entry.from || 'none'} → ${entry.to || 'none'}`,
      );
    case 'nonResponsive':
      return entry.to === 'true'
        ? t(
            '答复后六周未收到客户回复，标记为客户无回应',
            'No answer from the prospect for six weeks after the last reply: marked non-responsive',
          )
        : t('客户已回复，取消客户无回应标记', 'The prospect answered: no longer non-responsive');
    // The corrected fields by name only: their values stay out of the timeline (logActivity.ts).
    case 'correction':
      return t(
        `管理员更正了咨询者填写的内容：${entry.note ?? ''}`,
        `An administrator corrected the prospect’s answers: ${entry.note ?? ''}`,
      );
    case 'duplicate':
      return t(
        `可能与 ${entry.note ?? ''} 重复（同一邮箱或公司，90 天内）`,
        `Possible duplicate of ${entry.note ?? ''} (same email or company within 90 days)`,
      );
    case 'mergedInto':
      return t(`已合并到 ${entry.note ?? ''}，以该咨询为准`, `Merged into ${entry.note ?? ''}, which is kept`);
    case 'mergedHere':
      return t(
        `${entry.note ?? ''} 已合并到本咨询，其记录见本时间线`,
        `${entry.note ?? ''} was merged into this inquiry; its entries are on this timeline`,
      );
    case 'project':
      return t(`已转为招商项目：${entry.note ?? ''}`, `Turned into the investment project ${entry.note ?? ''}`);
    case 'email': {
      const kind = entry.emailKind ? pick(kindLabels[entry.emailKind], lang) : '';
      const language = entry.replyLanguage ? ` (${uiString(`inquiry.language.${entry.replyLanguage}`, lang)})` : '';
      const state = entry.emailState ? pick(stateLabels[entry.emailState], lang) : '';
      const tries = entry.attempts
        ? t(`，已尝试 ${entry.attempts} 次`, `, ${entry.attempts} attempt${entry.attempts === 1 ? '' : 's'}`)
        : '';
      const error =
        entry.lastError && entry.emailState !== 'sent' ? t(`；最近错误：${entry.lastError}`, `; last error: ${entry.lastError}`) : '';
      return `${kind}${language}: ${state}${tries}${error}`;
    }
    default:
      return entry.note ?? '';
  }
}
