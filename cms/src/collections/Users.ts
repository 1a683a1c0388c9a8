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
import { refuseOwnAccessChange } from '../hooks/refuseOwnAccessChange';

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
    beforeOperation: [evenLoginTiming, refuseOwnAccessChange],
    afterError: [lockedLikeWrongPassword, forgotPasswordAnswersAlike],
    afterRead: [dropOthersSessions],
  },
  fields: [
    // First, and with no default: the role decides everything the account may do, so whoever
    // creates it chooses one on purpose.
    {
      name: 'role',
      type: 'select',
      required: true,
      saveToJWT: true,
      label: { zh: '角色', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // The site's service account is made by `npm start` (cms/src/seed/users.ts), never by hand:
      // its role is offered only on that account itself (where it shows as chosen) and to
      // scripts running without a user.
      filterOptions: ({ data, options, req }) =>
        !req.user || (data as { role?: unknown } | undefined)?.role === 'site-service'
          ? options
          : options.filter((option) => (typeof option === 'string' ? option : option.value) !== 'site-service'),
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        description: {
          zh: '管理员：全部权限；编辑：网站内容；招商专员：咨询线索。只有管理员可以更改角色。',
          en: 'Administrator: everything; editor: site content; investment officer: inquiries. Only administrators change roles.',
        },
      },
    },
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      admin: {
        description: {
          zh: '招商专员的姓名会在咨询进度查询页上显示给咨询人，作为负责其咨询的联系人。',
          en: 'An investment officer’s name is shown to prospects on the inquiry tracking page, as the person handling their inquiry.',
        },
      },
    },
    // Only administrators say who belongs to a task force: it decides which projects an officer sees.
    {
      name: 'taskForce',
      type: 'relationship',
      relationTo: 'parks',
      hasMany: true,
      label: { zh: '所属园区专班', en: 'Park task forces' },
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        condition: (data) => data?.role === 'investment-officer',
        description: {
          zh: '招商专员所属的园区专班；专员可以看到这些园区的招商项目。只有管理员可以更改。',
          en: "The park task forces an investment officer belongs to; they see those parks' investment projects. Only administrators change it.",
        },
      },
    },
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
    // Beside the API key block, on the service account only (the only account that has one).
    {
      name: 'serviceAccountNote',
      type: 'ui',
      admin: {
        condition: (data) => data?.role === 'site-service',
        components: { Field: '/components/ServiceAccountNote#ServiceAccountNote' },
      },
    },
    ...authFieldAccess,
  ],
};
