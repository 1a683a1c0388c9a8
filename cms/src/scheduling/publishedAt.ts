import type { FieldHook } from 'payload';

/**
 * A publication date is the moment the document first went live: left empty while it is a draft,
 * it is set when it is published (by the editor's Publish button or by a scheduled publish the
 * jobs queue runs). A date the editor entered is kept, and so is the first one on later publishes.
 * It runs before validation, so the field can stay required for a published document.
 */
export const publishedOnGoLive: FieldHook = ({ value, siblingData, originalDoc }) => {
  if (value) return value;
  // Not sent (a scheduled publish sends only the status): the stored date stands.
  if (value === undefined && originalDoc?.publishedAt) return value;
  const status = siblingData?._status ?? originalDoc?._status;
  return status === 'published' ? new Date().toISOString() : value;
};
