'use client';
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui';
import { useEffect, useRef } from 'react';

/** How long after the edit view unmounts to look where the editor went. */
const settleMs = 300;

/**
 * Beside the document controls of every drafted collection: when the editor leaves a document
 * that was empty when opened (no title, no slug: what "Create new" makes at once, because
 * autosave needs a saved document) without changing anything, asks the CMS to delete it
 * (cms/src/endpoints/untouchedDraft.ts, which checks again that nobody wrote in it). Leaving
 * means going elsewhere in the admin; a reload, a language switch or a tab of the same document
 * (versions, API) keeps it. Renders nothing.
 */
export function DiscardUntouchedDraft() {
  const { id, collectionSlug, initialData, docConfig } = useDocumentInfo();
  const {
    config: {
      routes: { api },
    },
  } = useConfig();
  const modified = useFormModified();
  const modifiedRef = useRef(modified);
  modifiedRef.current = modified || modifiedRef.current;
  const titleField = docConfig && 'admin' in docConfig ? (docConfig.admin as { useAsTitle?: string }).useAsTitle : undefined;
  const startedEmpty = !initialData?.slug && !(titleField && initialData?.[titleField]);

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug || !startedEmpty) return;
    const documentPath = `/collections/${collectionSlug}/${id}`;
    return () => {
      setTimeout(() => {
        if (modifiedRef.current || window.location.pathname.includes(documentPath)) return;
        void fetch(`${api}/untouched-draft/${collectionSlug}/${id}`, {
          method: 'DELETE',
          credentials: 'include',
          keepalive: true,
        }).catch(() => undefined);
      }, settleMs);
    };
  }, [id, collectionSlug, startedEmpty, api]);

  return null;
}
