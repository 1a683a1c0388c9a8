import type { TextFieldSingleValidation } from 'payload';
import { httpUrl, websitePattern } from '#common/webAddress.ts';

const requiredMessage = '此项为必填项 / This field is required';
export const httpLinkMessage = '链接必须以 http:// 或 https:// 开头 / The link must start with http:// or https://';
export const httpsLinkMessage = '链接必须以 https:// 开头 / The link must start with https://';
export const websiteMessage = '网址须为域名或以 http:// 或 https:// 开头 / The website must be a domain or start with http:// or https://';

/**
 * A field's validate for a link an editor enters and the site shows as a link: empty, or an
 * absolute http(s) URL (https only with `httpsOnly`). No other scheme (`javascript:`, `data:`)
 * is saved. It replaces Payload's default validate, so it checks `required` too.
 */
export function validateLink({ httpsOnly = false } = {}): TextFieldSingleValidation {
  return (value, { required }) => {
    if (value == null || value === '') return required ? requiredMessage : true;
    return httpUrl(value, { httpsOnly }) ? true : httpsOnly ? httpsLinkMessage : httpLinkMessage;
  };
}

/**
 * A prospect's website: empty, a bare domain (`example.com`, as older inquiries hold it) or an
 * http(s) URL, within `maxLength` characters; the site sends it with its scheme.
 */
export function validateWebsite(maxLength: number): TextFieldSingleValidation {
  return (value, { required }) => {
    if (value == null || value === '') return required ? requiredMessage : true;
    if (typeof value !== 'string' || !websitePattern.test(value)) return websiteMessage;
    return value.length <= maxLength ? true : `不能超过 ${maxLength} 个字符 / must be at most ${maxLength} characters`;
  };
}
