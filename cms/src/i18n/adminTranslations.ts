import type { NestedKeysStripped } from '@payloadcms/translations';

/**
 * What the admin says beyond (or instead of) Payload's own strings, merged over them by
 * `i18n.translations` in payload.config.ts. `portal:` keys are the portal's own; the others
 * replace Payload strings that read wrong here: "Payload 设置" names a product the editors never
 * chose, in the middle of a Chinese page.
 */
export const adminTranslations = {
  zh: {
    general: { payloadSettings: '界面设置' },
    portal: {
      noPermission: '没有权限',
      noPermissionDetail: '您的账户已登录，但您的角色无权打开此页面或执行此操作。如需此权限，请联系管理员。',
      backToDashboard: '返回仪表盘',
    },
  },
  en: {
    general: { payloadSettings: 'Interface settings' },
    portal: {
      noPermission: 'No permission',
      noPermissionDetail:
        'You are signed in, but your role may not open this page or do this. Ask an administrator if you need this permission.',
      backToDashboard: 'Back to the dashboard',
    },
  },
} as const;

export type PortalTranslationKey = NestedKeysStripped<(typeof adminTranslations)['en']>;
