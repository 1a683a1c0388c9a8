import type { CollectionConfig } from 'payload';
import { bureauOnly, hiddenOutsideBureau } from '../access/bureau';
import { allowRoles } from '../access/roles';
import { localizedText } from '../fields/bilingual';

/**
 * The ten standard steps of a project entering the zone (closed-loop project management). The
 * article names no step, so administrators keep the list; the seed holds placeholders that say so.
 */
export const ProjectSteps: CollectionConfig = {
  slug: 'project-steps',
  labels: { singular: { zh: '标准步骤', en: 'Standard step' }, plural: { zh: '标准步骤', en: 'Standard steps' } },
  admin: { useAsTitle: 'name', defaultColumns: ['order', 'name'], hidden: hiddenOutsideBureau, group: { zh: '招商', en: 'Leads' } },
  defaultSort: 'order',
  access: { read: bureauOnly, create: allowRoles('admin'), update: allowRoles('admin'), delete: allowRoles('admin') },
  fields: [
    localizedText('name', { zh: '步骤名称', en: 'Step' }, { required: true }),
    {
      name: 'order',
      type: 'number',
      required: true,
      index: true,
      min: 1,
      label: { zh: '序号', en: 'Number' },
      admin: { position: 'sidebar', description: { zh: '步骤的先后，从 1 开始。', en: 'The place of the step, from 1.' } },
    },
    {
      name: 'editorNotes',
      type: 'textarea',
      label: { zh: '待补充或核实', en: 'To supply or confirm' },
      admin: { position: 'sidebar' },
    },
  ],
};
