import type { CollectionConfig } from 'payload';
import { localizedText, localizedTextarea } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';
import { dayOnlyDate } from '../../fields/dateFormat';

/** Flexible office centres and the operators the zone works with (IWG). */
export const Offices: CollectionConfig = withEditorialWorkflow({
  slug: 'offices',
  labels: { singular: { zh: '灵活办公中心', en: 'Flexible office centre' }, plural: { zh: '灵活办公', en: 'Flexible offices' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'agreementDate', '_status'] },
  defaultSort: 'order',
  versions: editorialVersions,
  ...editorialCollection('offices'),
  fields: [
    localizedText('name', { zh: '名称', en: 'Name' }, { required: true }),
    slugField('name'),
    orderField,
    localizedTextarea('summary', { zh: '简介', en: 'Summary' }),
    {
      name: 'agreementDate',
      type: 'date',
      label: { zh: '签约日期', en: 'Agreement date' },
      admin: { date: dayOnlyDate },
    },
    localizedText('signedBy', { zh: '签约方', en: 'Signed by' }),
    localizedText('address', { zh: '地址', en: 'Address' }),
    {
      name: 'partner',
      type: 'group',
      label: { zh: '运营合作方', en: 'Operator' },
      fields: [
        { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' } },
        {
          type: 'row',
          fields: [
            { name: 'foundedYear', type: 'number', label: { zh: '成立年份', en: 'Founded' } },
            localizedText('foundedIn', { zh: '成立地', en: 'Founded in' }),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'listedYear', type: 'number', label: { zh: '上市年份', en: 'Listed in' } },
            localizedText('listedOn', { zh: '上市地', en: 'Listed on' }),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'countries', type: 'text', label: { zh: '国家和地区', en: 'Countries and regions' } },
            { name: 'centres', type: 'text', label: { zh: '办公中心数量', en: 'Centres' } },
          ],
        },
        localizedTextarea('description', { zh: '介绍', en: 'Description' }),
      ],
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    editorNotesField,
  ],
});
