'use client';
import { FieldDescription, SlugField } from '@payloadcms/ui';
import type { SlugFieldClientProps } from 'payload';

/**
 * Payload's slug field (locked while it follows the title, "Unlock" to write one's own) with the
 * field's description under it, which Payload's component does not show: it says where the
 * suggestion comes from and which characters a slug may have.
 */
export function SlugFieldWithDescription(props: SlugFieldClientProps) {
  const path = props.path || props.field.name;
  return (
    <div className="slug-field-with-description">
      <SlugField {...props} />
      <FieldDescription description={props.field.admin?.description} path={path} />
    </div>
  );
}
