import type { Access, CollectionConfig } from 'payload';
import { publishedOrStaff } from '../access/publishedOrStaff';
import { allowRoles } from '../access/roles';
import { revalidateDocumentAfterChange, revalidateDocumentAfterDelete } from '../revalidation/hooks';
import type { PublicCollection } from '#common/publicCollections.ts';

/**
 * What every public, editor-written collection shares: anyone reads what is published (or, for
 * collections without drafts, everything: pass `anyone`), admins and editors write, and each change tells the site which cached pages to drop.
 */
export function editorialCollection(slug: PublicCollection, read: Access = publishedOrStaff): Pick<CollectionConfig, 'access' | 'hooks'> {
  return {
    access: {
      read,
      create: allowRoles('admin', 'editor'),
      update: allowRoles('admin', 'editor'),
      delete: allowRoles('admin', 'editor'),
      // Versions hold drafts: for the people who edit, never the site's account or the desk.
      readVersions: allowRoles('admin', 'editor'),
    },
    hooks: {
      afterChange: [revalidateDocumentAfterChange(slug)],
      afterDelete: [revalidateDocumentAfterDelete(slug)],
    },
  };
}
