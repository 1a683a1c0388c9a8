import type { CollectionConfig } from 'payload';
import { adminFieldOnly } from '../access/adminFieldOnly';
import { authFieldAccess, dropOthersSessions } from '../access/authFields';
import { readUsers } from '../access/bureau';
import { allowRoles, hasRole, roles } from '../access/roles';
import { selfOrAdmin } from '../access/selfOrAdmin';
import { adminServedOverHttps } from '../lib/adminOrigins';
import { evenLoginTiming } from '../hooks/evenLoginTiming';
import { forgotPasswordAnswersAlike } from '../hooks/forgotPasswordAnswersAlike';
import { lockedLikeWrongPassword } from '../hooks/lockedLikeWrongPassword';
import { passwordResetHtml, passwordResetSubject } from '../lib/passwordReset';

const roleLabels: Record<(typeof roles)[number], { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  'investment-officer': { zh: '招商专员', en: 'Investment officer' },
  'site-service': { zh: '网站服务账户', en: 'Site service account' },
};

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    // API keys let the public site act as the `site-service` user without a password.
    useAPIKey: true,
    // Over HTTPS the session cookie never travels in clear text.
    cookies: { secure: adminServedOverHttps() },
    // An absolute link in both languages (Payload's own is relative without a server URL).
    forgotPassword: {
      generateEmailSubject: () => passwordResetSubject(),
      generateEmailHTML: (args) => passwordResetHtml(args!.req!, args!.token!),
    },
  },
  // Pickers (a lead's owner, a rule's officer) and titles name a person, not an address.
  admin: { useAsTitle: 'displayName', defaultColumns: ['displayName', 'email', 'role'] },
  access: {
    admin: ({ req }) => hasRole(req, 'admin', 'editor', 'investment-officer'),
    read: readUsers,
    create: allowRoles('admin'),
    update: selfOrAdmin,
    delete: allowRoles('admin'),
    // Payload's default lets any signed-in user unlock any account (GHSA-jg8r-5jh2-v2xj).
    unlock: allowRoles('admin'),
  },
  hooks: {
    beforeOperation: [evenLoginTiming],
    afterError: [lockedLikeWrongPassword, forgotPasswordAnswersAlike],
    afterRead: [dropOthersSessions],
  },
  fields: [
    // Shown to prospects on the tracking page as the officer in charge of their inquiry.
    { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' } },
    // Stored (Payload refuses a virtual field as useAsTitle): the name, or the email without one.
    {
      name: 'displayName',
      type: 'text',
      label: { zh: '显示名称', en: 'Display name' },
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData, originalDoc }) =>
            ((('name' in siblingData ? siblingData.name : originalDoc?.name) as string | null | undefined)?.trim() ||
              siblingData.email ||
              originalDoc?.email) ??
            undefined,
        ],
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { zh: '角色', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
    ...authFieldAccess,
  ],
};
