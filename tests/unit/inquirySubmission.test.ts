import { describe, expect, it } from 'vitest';
import { type SubmissionOutcome, submitWithOneResend } from '../../src/cms/inquirySubmission';

/** A CMS as seen from the site: answers in the order given, counting the sends. */
function answers(...outcomes: SubmissionOutcome[]) {
  let sends = 0;
  const send = async () => outcomes[Math.min(sends++, outcomes.length - 1)]!;
  return { send, sends: () => sends };
}

describe('storing an inquiry whose answer may be lost', () => {
  it('takes a reference at once and sends nothing more', async () => {
    const cms = answers({ kind: 'stored', reference: 'XT-2026-AAAAAA' });
    expect(await submitWithOneResend(cms.send, true)).toEqual({ kind: 'stored', reference: 'XT-2026-AAAAAA' });
    expect(cms.sends()).toBe(1);
  });

  it('asks once more, with the same key, after a 2xx it could not read, and takes the stored reference', async () => {
    const cms = answers({ kind: 'answered', status: 201 }, { kind: 'stored', reference: 'XT-2026-BBBBBB' });
    expect(await submitWithOneResend(cms.send, true)).toEqual({ kind: 'stored', reference: 'XT-2026-BBBBBB' });
    expect(cms.sends()).toBe(2);
  });

  it('asks once more after a failed connection or a timeout', async () => {
    const cms = answers({ kind: 'unknown', error: new Error('timeout') }, { kind: 'stored', reference: 'XT-2026-CCCCCC' });
    expect(await submitWithOneResend(cms.send, true)).toEqual({ kind: 'stored', reference: 'XT-2026-CCCCCC' });
    expect(cms.sends()).toBe(2);
  });

  it('does not ask again about a refusal (400): the inquiry itself is wrong', async () => {
    const cms = answers({ kind: 'answered', status: 400 }, { kind: 'stored', reference: 'XT-2026-DDDDDD' });
    expect(await submitWithOneResend(cms.send, true)).toEqual({ kind: 'answered', status: 400 });
    expect(cms.sends()).toBe(1);
  });

  it('never sends twice without an idempotency key (a resend could store the lead twice)', async () => {
    const cms = answers({ kind: 'answered', status: 201 }, { kind: 'stored', reference: 'XT-2026-EEEEEE' });
    expect(await submitWithOneResend(cms.send, false)).toEqual({ kind: 'answered', status: 201 });
    expect(cms.sends()).toBe(1);
  });

  it('asks at most twice: a second unknown outcome is reported as it is', async () => {
    const error = new Error('still down');
    const cms = answers({ kind: 'unknown', error: new Error('first') }, { kind: 'unknown', error });
    expect(await submitWithOneResend(cms.send, true)).toEqual({ kind: 'unknown', error });
    expect(cms.sends()).toBe(2);
  });
});
