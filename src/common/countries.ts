// Countries and regions as ISO 3166-1 alpha-2 codes, named in the reader's language by the ICU
// data that Node and browsers ship (Intl.DisplayNames), so no name list is kept here. The site's
// form, the CMS's select, the dashboard, the CSV and the emails all store and show codes this way.

import type { Locale } from './locales.ts';

/** The officially assigned ISO 3166-1 alpha-2 codes. */
export const countryCodes: readonly string[] = [
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ',
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR',
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP',
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS',
  'MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS',
  'RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ',
  'UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW',
]
  .join(' ')
  .split(/\s+/)
  .filter(Boolean);

/**
 * CLDR's "unknown region": what a lead whose free-text country no name matched holds after the
 * upgrade (its text is kept beside it). The form never offers it.
 */
export const unknownCountry = 'ZZ';

const known = new Set(countryCodes);
export const isCountryCode = (value: unknown): value is string => typeof value === 'string' && known.has(value);

const namers = new Map<string, Intl.DisplayNames>();
const namer = (locale: Locale, style: 'long' | 'short' = 'long') => {
  const key = `${locale}-${style}`;
  let found = namers.get(key);
  if (!found) namers.set(key, (found = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'code' })));
  return found;
};

/** A code's name in one language; an unknown value shows as it is stored. */
export function countryName(code: string | null | undefined, locale: Locale): string {
  if (!code) return '';
  if (code !== unknownCountry && !known.has(code)) return code;
  return namer(locale).of(code) ?? code;
}

/** The choices of a country select in one language, sorted by name as a reader of it expects. */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-u-co-pinyin' : 'en');
  return countryCodes.map((value) => ({ value, label: countryName(value, locale) })).sort((a, b) => collator.compare(a.label, b.label));
}

let byName: Map<string, string> | undefined;
const normalize = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * The code a free-text country names: its code, or its long or short name in Chinese or English,
 * ignoring case and spacing; undefined when nothing matches.
 */
export function countryCodeFrom(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const wanted = normalize(text);
  if (!wanted) return undefined;
  const asCode = wanted.toUpperCase();
  if (known.has(asCode)) return asCode;
  if (!byName) {
    byName = new Map();
    for (const code of countryCodes)
      for (const locale of ['zh', 'en'] as const)
        for (const style of ['long', 'short'] as const) {
          const name = normalize(namer(locale, style).of(code) ?? '');
          if (name && !byName.has(name)) byName.set(name, code);
        }
  }
  return byName.get(wanted);
}
