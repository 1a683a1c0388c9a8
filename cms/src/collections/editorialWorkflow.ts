import type { CollectionConfig, Field } from 'payload';
import { authorshipFields } from '../fields/authorship';
import { requiredForEnglish, translationHook, translationStatusField } from '../fields/translation';
import { previewUrl } from '../lib/previewUrl';

const labelOf = (fields: Field[], name: string) => {
  const field = fields.find((f) => 'name' in f && f.name === name) as { label?: unknown } | undefined;
  const label = field?.label;
  return label && typeof label === 'object' ? (label as { zh: string; en: string }) : { zh: name, en: name };
};

/**
 * What every drafted, editor-written collection adds to its own config: which languages are
 * complete (list column, "English missing" filter, no English publish with empty English
 * fields), who changed and who published it (every version carries both), a Preview button that
 * opens the draft on the site, the list link to untranslated documents, and the clean-up of the
 * empty draft "Create new" leaves when the editor goes without writing.
 */
export function withEditorialWorkflow(config: CollectionConfig): CollectionConfig {
  const titleField = config.admin?.useAsTitle ?? 'title';
  const required = Object.fromEntries([titleField, 'summary'].map((name) => [name, labelOf(config.fields, name)]));
  const columns = config.admin?.defaultColumns ?? [titleField, '_status'];
  return {
    ...config,
    admin: {
      ...config.admin,
      defaultColumns: [...columns.filter((c) => c !== '_status'), 'translationStatus', '_status', 'updatedBy'],
      preview: (doc, { locale, req }) => previewUrl(config.slug, doc.id, locale, req),
      components: {
        ...config.admin?.components,
        beforeList: ['/components/MissingEnglishLink#MissingEnglishLink', '/components/ScheduledList#ScheduledList'],
        edit: {
          ...config.admin?.components?.edit,
          // Payload's Publish button; its schedule drawer starts on "publish" and refuses past times.
          PublishButton: '/components/ScheduledPublishButton#ScheduledPublishButton',
          beforeDocumentControls: [
            ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
            '/components/DiscardUntouchedDraft#DiscardUntouchedDraft',
          ],
        },
      },
    },
    hooks: { ...config.hooks, beforeChange: [translationHook(config.slug, required), ...(config.hooks?.beforeChange ?? [])] },
    fields: [
      ...config.fields.map((field) =>
        'name' in field && field.name in required ? requiredForEnglish(field, required[field.name]!) : field,
      ),
      translationStatusField,
      ...authorshipFields,
    ],
  };
}
