'use client';
import { useTranslation } from '@payloadcms/ui';

/** On the site's service account: what its API key block above is, and why not to change it here. */
export function ServiceAccountNote() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <p data-testid="service-account-note" style={{ margin: '0 0 1.5rem', color: 'var(--theme-elevation-650)' }}>
      {en
        ? 'This is the public site’s own account: the site signs in with the API key above to store inquiries. The key is set from SITE_API_KEY on every `npm start`, so a key changed here is replaced at the next start. Nobody signs in to the admin with this account.'
        : '这是公开网站自己的账户：网站用上方的 API 密钥登录以保存咨询。每次 `npm start` 都会按 SITE_API_KEY 重设密钥，在此修改的密钥会在下次启动时被替换。任何人都不用此账户登录管理后台。'}
    </p>
  );
}
