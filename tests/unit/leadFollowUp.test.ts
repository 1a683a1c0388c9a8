import { describe, expect, it } from 'vitest';
import {
  dueTodayWhere,
  followUpOverdueWhere,
  nextActionInstant,
  noReplyWhere,
  reminderDue,
  turnsNonResponsive,
} from '../../cms/src/collections/Inquiries/followUp';
import { reminderEmail } from '../../cms/src/collections/Inquiries/reminderEmail';
import { describeEntry } from '../../cms/src/lib/timelineEntry';

// China is UTC+8: 2026-12-03 begins at 2026-12-02T16:00Z, and 08:00 there is 00:00Z.
const lead = { stage: 'contacted', owner: 7, nextActionOn: nextActionInstant('2026-12-03')! };

describe('a next action day', () => {
  it('is stored as noon in China of the day picked, whatever zone the picker was in', () => {
    expect(nextActionInstant('2026-12-03')).toBe('2026-12-03T04:00:00.000Z');
    // The admin's picker in China stores local noon; in UTC it stores 12:00Z, 20:00 in China.
    expect(nextActionInstant('2026-12-03T04:00:00.000Z')).toBe('2026-12-03T04:00:00.000Z');
    expect(nextActionInstant('2026-12-03T12:00:00.000Z')).toBe('2026-12-03T04:00:00.000Z');
    // 23:30 UTC on the 2nd is already the 3rd in China.
    expect(nextActionInstant('2026-12-02T23:30:00Z')).toBe('2026-12-03T04:00:00.000Z');
    expect(nextActionInstant(null)).toBeNull();
    expect(nextActionInstant('')).toBeNull();
    expect(nextActionInstant(undefined)).toBeUndefined();
    expect(nextActionInstant('not a day')).toBe('not a day');
  });
});

describe('the owner’s reminder', () => {
  it('is due from 08:00 China time on the day, not the evening before nor earlier that morning', () => {
    expect(reminderDue(lead, new Date('2026-12-02T15:00:00Z'))).toBeUndefined(); // 23:00 on the 2nd in China
    expect(reminderDue(lead, new Date('2026-12-02T23:59:00Z'))).toBeUndefined(); // 07:59 on the 3rd
    expect(reminderDue(lead, new Date('2026-12-03T00:00:00Z'))).toBe('2026-12-03'); // 08:00
    expect(reminderDue(lead, new Date('2026-12-03T15:59:00Z'))).toBe('2026-12-03'); // 23:59
  });

  it('is sent once per day, and a day missed is reminded at the first round after it', () => {
    expect(reminderDue({ ...lead, remindedFor: '2026-12-03' }, new Date('2026-12-03T01:00:00Z'))).toBeUndefined();
    expect(reminderDue(lead, new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-03'); // 01:00 on the 5th
    // A new day after a reminder is reminded again.
    expect(
      reminderDue({ ...lead, nextActionOn: nextActionInstant('2026-12-10')!, remindedFor: '2026-12-03' }, new Date('2026-12-10T02:00:00Z')),
    ).toBe('2026-12-10');
  });

  it('goes to nobody for a lead without an owner or a day, or one landed or closed', () => {
    const at = new Date('2026-12-03T02:00:00Z');
    expect(reminderDue({ ...lead, owner: null }, at)).toBeUndefined();
    expect(reminderDue({ ...lead, nextActionOn: null }, at)).toBeUndefined();
    expect(reminderDue({ ...lead, stage: 'closed' }, at)).toBeUndefined();
    expect(reminderDue({ ...lead, stage: 'landed' }, at)).toBeUndefined();
  });

  it('names the lead and the day in both languages, and none of the prospect’s own words', () => {
    const mail = reminderEmail(
      { reference: 'XT-2026-000042', company: 'Acme\nGmbH', country: 'DE', stage: 'contacted', day: '2026-12-03', ownerName: 'Zhang' },
      'https://cms.example/admin/collections/inquiries/5',
    );
    expect(mail.subject).toBe('[XT-2026-000042] 今日跟进提醒 / Follow-up due today: Acme GmbH');
    expect(mail.text).toContain('今天（2026-12-03）是咨询 XT-2026-000042 的下次跟进日期');
    expect(mail.text).toContain('today (2026-12-03) is the next action day of inquiry XT-2026-000042');
    expect(mail.text).toContain('德国 / Germany');
    expect(mail.text).toContain('已联系 / Contacted');
    expect(mail.text).toContain('https://cms.example/admin/collections/inquiries/5');
  });
});

describe('a non-responsive lead', () => {
  const replied = { stage: 'contacted', awaitingAnswerSince: '2026-10-01T02:00:00.000Z' };
  it('is one whose prospect has not answered for 42 days after the last reply', () => {
    expect(turnsNonResponsive(replied, new Date('2026-11-12T01:59:59Z'))).toBe(false);
    expect(turnsNonResponsive(replied, new Date('2026-11-12T02:00:00Z'))).toBe(true);
  });
  it('is not marked twice, nor when no reply awaits an answer, nor once landed or closed', () => {
    const late = new Date('2027-01-01T00:00:00Z');
    expect(turnsNonResponsive({ ...replied, nonResponsive: true }, late)).toBe(false);
    expect(turnsNonResponsive({ ...replied, awaitingAnswerSince: null }, late)).toBe(false);
    expect(turnsNonResponsive({ ...replied, stage: 'closed' }, late)).toBe(false);
  });
});

describe('the follow-up lists', () => {
  // 2026-12-03 01:00 in China is still the 2nd in UTC.
  const now = new Date('2026-12-02T17:00:00Z');
  it('take today from China’s calendar', () => {
    expect(dueTodayWhere(now)).toEqual({
      and: [
        { nextActionOn: { greater_than_equal: '2026-12-02T16:00:00.000Z' } },
        { nextActionOn: { less_than: '2026-12-03T16:00:00.000Z' } },
        { stage: { not_in: ['landed', 'closed'] } },
      ],
    });
    expect(followUpOverdueWhere(now)).toEqual({
      and: [{ nextActionOn: { less_than: '2026-12-02T16:00:00.000Z' } }, { stage: { not_in: ['landed', 'closed'] } }],
    });
  });
  it('count "no reply after N days" from the last reply', () => {
    expect(noReplyWhere(14, now)).toEqual({
      and: [{ awaitingAnswerSince: { less_than_equal: '2026-11-18T17:00:00.000Z' } }, { stage: { not_in: ['landed', 'closed'] } }],
    });
  });
});

describe('the follow-up on the timeline', () => {
  it('says in both languages how the next action day changed and when a lead went non-responsive and back', () => {
    expect(describeEntry({ action: 'nextAction', from: '', to: '2026-12-03' }, 'en')).toBe('Next action: none → 2026-12-03');
    expect(describeEntry({ action: 'nextAction', from: '2026-12-03', to: '' }, 'zh')).toBe('下次跟进日期：2026-12-03 → 未设');
    expect(describeEntry({ action: 'nonResponsive', from: 'false', to: 'true' }, 'en')).toBe(
      'No answer from the prospect for six weeks after the last reply: marked non-responsive',
    );
    expect(describeEntry({ action: 'nonResponsive', from: 'false', to: 'true' }, 'zh')).toBe('答复后六周未收到客户回复，标记为客户无回应');
    expect(describeEntry({ action: 'nonResponsive', from: 'true', to: 'false' }, 'en')).toBe(
      'The prospect answered: no longer non-responsive',
    );
    expect(describeEntry({ action: 'email', emailKind: 'reminder', emailState: 'sent', attempts: 1 }, 'en')).toBe(
      'Follow-up reminder to the owner: sent, 1 attempt',
    );
    expect(describeEntry({ action: 'email', emailKind: 'reminder', emailState: 'sent', attempts: 1 }, 'zh')).toBe(
      '跟进提醒（发给负责专员）: 已发送，已尝试 1 次',
    );
  });
});
