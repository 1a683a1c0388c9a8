type Label = { zh: string; en: string };

/** A localized text field with a bilingual label. */
export const localizedText = (name: string, label: Label, extra: { required?: boolean } = {}) =>
  ({ name, type: 'text', localized: true, label, ...extra }) as const;

/** A localized plain-text paragraph with a bilingual label. */
export const localizedTextarea = (name: string, label: Label, extra: { required?: boolean } = {}) =>
  ({ name, type: 'textarea', localized: true, label, ...extra }) as const;
