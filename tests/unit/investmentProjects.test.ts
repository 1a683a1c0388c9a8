import { describe, expect, it } from 'vitest';
import { investmentBand } from '../../cms/src/collections/InvestmentProjects/band';
import { ledgerYear, obligationsText } from '../../cms/src/collections/InvestmentProjects/ledger';
import { obligationRound } from '../../cms/src/collections/InvestmentProjects/obligations';
import { chinaNoon } from '../../cms/src/fields/chinaDay';

describe('the article’s bands', () => {
  it('puts ¥100 million and more in the first, ¥20–100 million in the second, less in the third, and no amount in none', () => {
    expect([100_000_000, 2_000_000_000, 99_999_999, 20_000_000, 19_999_999, 0, null, undefined, Number.NaN].map(investmentBand)).toEqual([
      'major',
      'major',
      'medium',
      'medium',
      'small',
      'small',
      null,
      null,
      null,
    ]);
  });
});

describe('a China day', () => {
  it('is stored as noon in China, whatever instant of that day (China time) the picker or the API sends', () => {
    expect(chinaNoon('2027-03-10')).toBe('2027-03-10T04:00:00.000Z');
    // 23:30 on 9 March in UTC is 07:30 on 10 March in China.
    expect(chinaNoon('2027-03-09T23:30:00.000Z')).toBe('2027-03-10T04:00:00.000Z');
    expect(chinaNoon('')).toBeNull();
    expect(chinaNoon(undefined)).toBeUndefined();
    expect(chinaNoon('not a day')).toBe('not a day');
  });
});

describe('the ledger’s daily round for one obligation', () => {
  const due = { status: 'open', dueOn: '2027-03-10T04:00:00.000Z' };

  it('mails on the due day from 08:00 in China, once, and turns late the day after', () => {
    expect(obligationRound(due, new Date('2027-03-09T23:59:00.000Z'))).toEqual({ remind: undefined, late: false });
    expect(obligationRound(due, new Date('2027-03-10T00:00:00.000Z'))).toEqual({ remind: '2027-03-10', late: false });
    expect(obligationRound({ ...due, remindedOn: '2027-03-10T04:00:00.000Z' }, new Date('2027-03-10T09:00:00.000Z'))).toEqual({
      remind: undefined,
      late: false,
    });
    expect(obligationRound({ ...due, remindedOn: '2027-03-10T04:00:00.000Z' }, new Date('2027-03-10T16:00:00.000Z'))).toEqual({
      remind: undefined,
      late: true,
    });
  });

  it('mails a due day the CMS missed at its first round after it', () => {
    expect(obligationRound(due, new Date('2027-03-12T01:00:00.000Z'))).toEqual({ remind: '2027-03-10', late: true });
  });

  it('leaves obligations met, waived or already late alone', () => {
    for (const status of ['met', 'waived', 'late'])
      expect(obligationRound({ ...due, status }, new Date('2027-04-01T01:00:00.000Z'))).toEqual({ late: false });
  });
});

describe('the ledger', () => {
  it('takes the year the query names, or this year in China', () => {
    expect(ledgerYear('2026')).toBe(2026);
    expect(ledgerYear('26', new Date('2026-12-31T16:30:00.000Z'))).toBe(2027);
    expect(ledgerYear(undefined, new Date('2026-06-01T00:00:00.000Z'))).toBe(2026);
  });

  it('writes a project’s obligations in one cell, in the reader’s language, with why one was waived', () => {
    const project = {
      obligations: [
        { kind: 'investment' as const, dueOn: '2027-03-10T04:00:00.000Z', status: 'late' as const },
        { kind: 'jobs' as const, dueOn: '2027-06-30T04:00:00.000Z', status: 'waived' as const, waivedReason: 'Plant merged' },
      ],
    };
    expect(obligationsText(project, 'en')).toBe('Investment paid in 2027-03-10 Late; Jobs 2027-06-30 Waived: Plant merged');
    expect(obligationsText(project, 'zh')).toBe('投资到位 2027-03-10 逾期; 就业岗位 2027-06-30 已豁免: Plant merged');
  });
});
