import type { NestedKeysStripped } from '@payloadcms/translations';

/**
 * What the admin says beyond (or instead of) Payload's own strings, merged over them by
 * `i18n.translations` in payload.config.ts. `portal:` keys are the portal's own; the others
 * replace Payload strings that read wrong here:
 * - "Payload 设置" names a product the editors never chose, in the middle of a Chinese page;
 * - `error:unauthorized` heads the page a signed-in editor gets on a screen their role may not
 *   open (an officer on "create news": Payload renders its refusal inside the document view) and
 *   said "未经授权，您必须登录" there. Its other uses (a request with no session) are also refusals
 *   for want of permission, so "no permission" is true everywhere it appears.
 */
export const adminTranslations = {
  zh: {
    general: { payloadSettings: '界面设置' },
    error: { unauthorized: '没有权限' },
    // The SEO plugin's length tips say "meta 标题" / "meta 描述" (an HTML tag's name); said as the panel's labels say it.
    'plugin-seo': {
      lengthTipTitle: '此文本应介于 {{minLength}} 和 {{maxLength}} 个字符之间。如需有关编写高质量搜索结果标题的帮助，请参见 ',
      lengthTipDescription: '此文本应介于 {{minLength}} 和 {{maxLength}} 个字符之间。如需有关编写高质量搜索结果描述的帮助，请参见 ',
    },
    portal: {
      noPermission: '没有权限',
      noPermissionDetail: '您的角色无权打开此页面或执行此操作。如需此权限，请联系管理员。',
      backToDashboard: '返回仪表盘',
    },
  },
  en: {
    general: { payloadSettings: 'Interface settings' },
    error: { unauthorized: 'No permission' },
    // Said as the panel's labels say it (search result title and description).
    'plugin-seo': {
      lengthTipTitle:
        'This should be between {{minLength}} and {{maxLength}} characters. For help in writing good search result titles, see ',
      lengthTipDescription:
        'This should be between {{minLength}} and {{maxLength}} characters. For help in writing good search result descriptions, see ',
    },
    portal: {
      noPermission: 'No permission',
      noPermissionDetail: 'Your role may not open this page or do this. Ask an administrator if you need this permission.',
      backToDashboard: 'Back to the dashboard',
    },
  },
} as const;

export type PortalTranslationKey = NestedKeysStripped<(typeof adminTranslations)['en']>;
