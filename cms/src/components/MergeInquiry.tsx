'use client';
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui';
import { useState } from 'react';

type Failure = { errors?: { message?: string; data?: { errors?: { message: string }[] } }[] };

/**
 * The sidebar's "Merge into…": the officer types the reference of the inquiry to keep and this
 * one is merged into it (POST /api/inquiries/:id/merge), then the page reloads to show it closed
 * as a duplicate. The endpoint's refusals (unknown reference, itself, already merged) show as
 * they come, in both languages. Not shown while creating an inquiry or once it is merged.
 */
export function MergeInquiry() {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const { id } = useDocumentInfo();
  const mergedInto = useFormFields(([fields]) => fields.mergedInto?.value);
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const t = (zh: string, en: string) => (i18n.language === 'en' ? en : zh);
  if (id == null || mergedInto) return null;

  const merge = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/inquiries/${id}/merge`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ into: into.trim() }),
      });
      if (response.ok) return window.location.reload();
      const failure = (await response.json().catch(() => ({}))) as Failure;
      const first = failure.errors?.[0];
      setError(first?.data?.errors?.[0]?.message ?? first?.message ?? String(response.status));
    } catch {
      setError(t('无法合并，请稍后再试。', 'The merge failed; try again later.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field-type" data-testid="merge-inquiry">
      {!open ? (
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          {t('合并到…', 'Merge into…')}
        </Button>
      ) : (
        <div>
          <label className="field-label" htmlFor="merge-into">
            {t('要保留的咨询编号', 'Reference of the inquiry to keep')}
          </label>
          <input id="merge-into" type="text" value={into} onChange={(event) => setInto(event.target.value)} placeholder="XT-2026-000001" />
          <p className="field-description">
            {t(
              '本咨询将以“重复”关闭并指向所保留的咨询；两条时间线都保留，客户仍可用本编号查询。',
              'This inquiry is closed as a duplicate and points to the one kept; both timelines stay, and the prospect can still track with this reference.',
            )}
          </p>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <Button buttonStyle="primary" size="small" disabled={busy || !into.trim()} onClick={merge}>
            {t('合并', 'Merge')}
          </Button>
          <Button buttonStyle="secondary" size="small" onClick={() => setOpen(false)}>
            {t('取消', 'Cancel')}
          </Button>
        </div>
      )}
    </div>
  );
}
