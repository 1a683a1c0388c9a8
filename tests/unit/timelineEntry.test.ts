import { describe, expect, it } from 'vitest';
import { describeEntry } from '../../cms/src/lib/timelineEntry';

describe('a timeline entry in one line', () => {
  it('names stages by their labels in the admin’s language, with the close reason', () => {
    expect(describeEntry({ action: 'stage', from: 'new', to: 'acknowledged' }, 'en')).toBe('New → Acknowledged');
    expect(describeEntry({ action: 'stage', from: 'contacted', to: 'closed', note: 'no-response' }, 'en')).toBe(
      'Contacted → Closed (No response)',
    );
    expect(describeEntry({ action: 'stage', from: 'new', to: 'acknowledged' }, 'zh')).not.toMatch(/new|acknowledged/);
  });

  it('gives an email’s kind, state, attempts and last error, the error only while it is not sent', () => {
    const failing = {
      action: 'email',
      emailKind: 'reply',
      replyLanguage: 'en',
      emailState: 'retrying',
      attempts: 3,
      lastError: 'ECONNREFUSED',
    } as const;
    expect(describeEntry(failing, 'en')).toBe('Reply to the prospect (English): failed, retrying, 3 attempts; last error: ECONNREFUSED');
    expect(describeEntry(failing, 'zh')).toBe('给客户的答复 (英文): 发送失败，正在重试，已尝试 3 次；最近错误：ECONNREFUSED');
    expect(describeEntry({ ...failing, emailState: 'sent', attempts: 4 }, 'en')).toBe('Reply to the prospect (English): sent, 4 attempts');
    expect(describeEntry({ action: 'email', emailKind: 'prospect', emailState: 'failed', attempts: 16, lastError: 'timeout' }, 'en')).toBe(
      'Confirmation to the prospect: failed, given up, 16 attempts; last error: timeout',
    );
    expect(describeEntry({ action: 'email', emailKind: 'bureau', emailState: 'queued', attempts: 0 }, 'en')).toBe(
      'Notice to the bureau inbox: queued',
    );
  });

  it('shows a note or an answer as written and an owner change from whom to whom', () => {
    expect(describeEntry({ action: 'note', note: 'Call back' }, 'en')).toBe('Call back');
    expect(describeEntry({ action: 'owner', from: '', to: 'Li <li@x>' }, 'en')).toBe('nobody → Li <li@x>');
  });
});
