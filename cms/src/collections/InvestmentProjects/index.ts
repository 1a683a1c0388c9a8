import type { CollectionConfig } from 'payload';
import { hiddenOutsideBureau, officerFilter, validateOfficer } from '../../access/bureau';
import { readProjectVersions, workProjects } from '../../access/investmentProjects';
import { allowRoles } from '../../access/roles';
import { chinaDayField, chinaToday } from '../../fields/chinaDay';
import { bilingual } from '../../lib/bilingual';
import { ledgerCsvEndpoint } from './endpoints/ledgerCsv';
import { computeBand } from './hooks/computeBand';
import { publishProjectPage } from './endpoints/publicPage';
import { bandOptions, milestonePhaseOptions, obligationKindOptions, obligationStatusOptions, sourceOptions, stageOptions } from './options';

const notNegative = (value: unknown) =>
  value == null || (typeof value === 'number' && value >= 0) ? true : bilingual('不能为负数', 'must not be negative');

/** Written by the CMS (the late-obligation round), never typed. */
const systemOnly = { create: () => false, update: () => false };

/**
 * The bureau's investment projects: from a lead (an inquiry turned into a project, or entered
 * directly by anyone on the zone's staff) through signing to production, with the contract's
 * obligations (the ledger). Internal: admins see all; an investment officer sees the projects of
 * their park task forces and those they are the officer or zone leader of; nobody else sees any.
 * Every change is kept as a version (no drafts), so the ledger shows how a project changed.
 */
export const InvestmentProjects: CollectionConfig = {
  slug: 'investment-projects',
  labels: { singular: { zh: '招商项目', en: 'Investment project' }, plural: { zh: '招商项目', en: 'Investment projects' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'company', 'stage', 'band', 'plannedInvestmentCny', 'park', 'officer', 'enteredOn'],
    listSearchableFields: ['name', 'company'],
    hidden: hiddenOutsideBureau,
    group: { zh: '招商', en: 'Leads' },
    components: { beforeListTable: ['/components/ProjectLists#ProjectLists'] },
  },
  defaultSort: '-enteredOn',
  endpoints: [ledgerCsvEndpoint, publishProjectPage],
  versions: { maxPerDoc: 200 },
  access: {
    read: workProjects,
    create: allowRoles('admin', 'investment-officer'),
    update: workProjects,
    delete: allowRoles('admin'),
    readVersions: readProjectVersions,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '项目名称', en: 'Project name' } },
    { name: 'company', type: 'text', label: { zh: '企业', en: 'Company' } },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'select', required: true, index: true, options: sourceOptions, label: { zh: '来源', en: 'Source' } },
        {
          name: 'sourceDetail',
          type: 'text',
          label: { zh: '来源说明', en: 'Source details' },
          admin: { description: { zh: '哪个部门、活动、外出招商或推荐人。', en: 'Which department, event, mission or referrer.' } },
        },
      ],
    },
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: 'inquiries',
      unique: true,
      index: true,
      label: { zh: '来源咨询', en: 'From inquiry' },
      admin: { description: { zh: '由咨询转为项目时自动关联。', en: 'Linked when an inquiry is turned into a project.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plannedInvestmentCny',
          type: 'number',
          min: 0,
          validate: notNegative,
          label: { zh: '计划投资（元）', en: 'Planned investment (CNY)' },
          admin: { description: { zh: '以元为单位，例如 1亿元 填 100000000。', en: 'In yuan, e.g. 100000000 for ¥100 million.' } },
        },
        {
          name: 'band',
          type: 'select',
          index: true,
          options: bandOptions,
          label: { zh: '规模档次', en: 'Band' },
          access: systemOnly,
          hooks: { beforeChange: [computeBand] },
          admin: {
            readOnly: true,
            description: {
              zh: '按计划投资自动计算：亿元以上、2000万元至1亿元、2000万元以下；未填投资额则为空。',
              en: 'From the planned investment: ¥100 million or more, ¥20–100 million, smaller; empty without an amount.',
            },
          },
        },
        { name: 'jobs', type: 'number', min: 0, validate: notNegative, label: { zh: '就业岗位', en: 'Jobs' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'industry', type: 'relationship', relationTo: 'industries', index: true, label: { zh: '产业', en: 'Industry' } },
        {
          name: 'park',
          type: 'relationship',
          relationTo: 'parks',
          index: true,
          label: { zh: '园区（专班）', en: 'Park (task force)' },
          admin: { description: { zh: '该园区专班的专员可以看到此项目。', en: "The park task force's officers see this project." } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'officer',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          filterOptions: officerFilter,
          validate: validateOfficer,
          // An officer who enters a project is its officer until someone hands it over.
          defaultValue: ({ user }: { user?: { id: number | string; role?: string } | null }) =>
            user?.role === 'investment-officer' ? user.id : undefined,
          label: { zh: '负责专员（一对一服务）', en: 'Officer in charge' },
        },
        {
          name: 'zoneLeader',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          filterOptions: officerFilter,
          validate: validateOfficer,
          label: { zh: '联系区领导', en: 'Zone leader assigned' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stage',
          type: 'select',
          required: true,
          defaultValue: 'lead',
          index: true,
          options: stageOptions,
          label: { zh: '阶段', en: 'Stage' },
        },
        { name: 'step', type: 'relationship', relationTo: 'project-steps', label: { zh: '所处标准步骤', en: 'Standard step' } },
      ],
    },
    {
      type: 'row',
      fields: [
        // Not required: the article's projects do not say when they entered the ledger.
        chinaDayField('enteredOn', { zh: '入库日期', en: 'Entered' }, { index: true, defaultValue: chinaToday }),
        chinaDayField('signedOn', { zh: '签约日期', en: 'Signed' }, { index: true }),
        chinaDayField('constructionStartedOn', { zh: '开工日期', en: 'Construction started' }, { index: true }),
        chinaDayField('productionStartedOn', { zh: '投产日期', en: 'Production started' }, { index: true }),
      ],
    },
    {
      name: 'milestones',
      type: 'array',
      label: { zh: '入区与建设节点', en: 'Entry and construction milestones' },
      labels: { singular: { zh: '节点', en: 'Milestone' }, plural: { zh: '节点', en: 'Milestones' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phase', type: 'select', required: true, options: milestonePhaseOptions, label: { zh: '阶段', en: 'Phase' } },
            { name: 'name', type: 'text', required: true, label: { zh: '节点', en: 'Milestone' } },
            chinaDayField('plannedOn', { zh: '计划日期', en: 'Planned' }),
            chinaDayField('actualOn', { zh: '实际日期', en: 'Actual' }),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '合同与履约', en: 'Contract and obligations' },
      fields: [
        {
          name: 'contractAmountCny',
          type: 'number',
          min: 0,
          validate: notNegative,
          label: { zh: '合同金额（元）', en: 'Contract amount (CNY)' },
        },
        {
          name: 'obligations',
          type: 'array',
          label: { zh: '履约事项', en: 'Obligations' },
          labels: { singular: { zh: '履约事项', en: 'Obligation' }, plural: { zh: '履约事项', en: 'Obligations' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'kind', type: 'select', required: true, options: obligationKindOptions, label: { zh: '类型', en: 'Kind' } },
                { name: 'description', type: 'text', label: { zh: '内容', en: 'Description' } },
                {
                  name: 'target',
                  type: 'number',
                  min: 0,
                  validate: notNegative,
                  label: { zh: '目标（元或岗位数）', en: 'Target (CNY or jobs)' },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                chinaDayField('dueOn', { zh: '到期日', en: 'Due' }, { required: true }),
                {
                  name: 'status',
                  type: 'select',
                  required: true,
                  defaultValue: 'open',
                  options: obligationStatusOptions,
                  label: { zh: '状态', en: 'Status' },
                },
                chinaDayField('metOn', { zh: '履约日期', en: 'Met on' }, { admin: { condition: (_, row) => row?.status === 'met' } }),
              ],
            },
            {
              name: 'waivedReason',
              type: 'text',
              label: { zh: '豁免理由', en: 'Reason for waiving' },
              admin: { condition: (_, row) => row?.status === 'waived' },
              validate: (value: unknown, { siblingData }: { siblingData: { status?: string } }) =>
                siblingData?.status === 'waived' && (typeof value !== 'string' || value.trim() === '')
                  ? bilingual('豁免时须填写理由', 'give the reason for waiving')
                  : true,
            },
            chinaDayField(
              'remindedOn',
              { zh: '逾期提醒日期', en: 'Late reminder sent' },
              { access: systemOnly, admin: { readOnly: true, condition: (_, row) => Boolean(row?.remindedOn) } },
            ),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '公开展示', en: 'On the public site' },
      fields: [
        { name: 'publicProject', type: 'relationship', relationTo: 'projects', label: { zh: '公开项目页', en: 'Public project page' } },
        // The administrators' button that publishes (or updates) that page from this project.
        { name: 'publishPublicPage', type: 'ui', admin: { components: { Field: '/components/PublishProjectPage#PublishProjectPage' } } },
        {
          name: 'showInvestment',
          type: 'checkbox',
          defaultValue: false,
          label: { zh: '在网站上显示投资额', en: 'Show the investment on the site' },
        },
      ],
    },
    {
      name: 'editorNotes',
      type: 'textarea',
      label: { zh: '待补充或核实', en: 'To supply or confirm' },
      admin: {
        position: 'sidebar',
        description: { zh: '来源未说明、需要补充或核实的内容。', en: 'What the source does not say and must be supplied or confirmed.' },
      },
    },
  ],
};
