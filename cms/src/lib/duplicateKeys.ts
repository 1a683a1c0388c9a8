/** How far back a new inquiry is compared with the desk's others. */
export const duplicateWindowDays = 90;

/** The most inquiries one new inquiry is flagged against: the newest ones, so a long run of look-alikes (a load test, a campaign) stays cheap. */
export const duplicateFlagLimit = 5;

/** An email address as a person means it: case and surrounding spaces do not matter. */
export const emailKey = (email: unknown): string => (typeof email === 'string' ? email.trim().toLowerCase() : '');

// Legal forms a company name may carry or drop at its end. Chinese ones are written onto the name
// (示例电机有限公司); Latin ones are words of their own (Tesco is not "Tes Co").
const chineseForms = /(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|公司)$/u;
const latinForms = /\s(corporation|company|limited|gmbh|corp|ltd|llc|inc|plc|co|ag|sa|bv)$/u;

/**
 * A company name reduced to what tells companies apart: case, full-width forms, spaces and
 * punctuation do not count, nor legal forms at its end (Ltd, GmbH, 有限公司 …, repeatedly, so
 * "Example Co., Ltd." is "example"). Names this short after that (one letter) match nothing:
 * they would flag unrelated prospects. It does not translate: 示例电机 and "Example Motors" stay
 * different companies (the email catches the same person writing both).
 */
export function companyKey(company: unknown): string {
  if (typeof company !== 'string') return '';
  let name = company
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
  for (let before = ''; before !== name;) {
    before = name;
    name = name.replace(chineseForms, '').replace(latinForms, '').trim();
  }
  const key = name.replace(/\s+/g, '');
  return key.length >= 2 ? key : '';
}
