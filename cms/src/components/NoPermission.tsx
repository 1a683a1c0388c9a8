import { Button, Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import type { PortalTranslationKey } from '../i18n/adminTranslations';

const baseClass = 'unauthorized';

/**
 * `/admin/unauthorized`, where Payload sends a signed-in user who opens a page their role may not
 * (an officer on "create news"). Payload's own page says "未经授权，您必须登录" and offers only
 * "log out", which is wrong for someone signed in: this one says they lack the permission and
 * leads back to the dashboard. An account that may not use the admin at all (the site's service
 * account) keeps Payload's message and the log-out button.
 */
export function NoPermission({ initPageResult }: AdminViewServerProps) {
  const { permissions, req } = initPageResult;
  const { i18n, payload, user } = req;
  const t = (key: PortalTranslationKey) => i18n.t(key as never);
  const adminRoute = payload.config.routes.admin;
  const signedInStaff = Boolean(user) && permissions.canAccessAdmin;
  return (
    <Gutter className={baseClass}>
      <div className={`${baseClass}__wrap`} data-testid="no-permission">
        <h1>{signedInStaff ? t('portal:noPermission') : i18n.t(user ? 'error:unauthorizedAdmin' : 'error:unauthorized')}</h1>
        <p>{signedInStaff ? t('portal:noPermissionDetail') : i18n.t('error:notAllowedToAccessPage')}</p>
        {signedInStaff ? (
          <Button el="link" size="large" to={formatAdminURL({ adminRoute, path: '' })}>
            {t('portal:backToDashboard')}
          </Button>
        ) : (
          <Button el="link" size="large" to={formatAdminURL({ adminRoute, path: payload.config.admin.routes.logout })}>
            {i18n.t('authentication:logOut')}
          </Button>
        )}
      </div>
    </Gutter>
  );
}
