'use client';
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui';
import { useState } from 'react';

type Failure = { errors?: { message?: string; data?: { errors?: { message: string }[] } }[] };

const publicStages = ['signed', 'construction', 'production'];

/**
 * "Publish as a public project page" on a signed, building or producing project, for
 * administrators (POST /api/investment-projects/:id/public-page): the page shows its name,
 * industry, park and stage, and the investment only when "show the investment" is ticked. Saved
 * values count: the button asks to save first when the form has unsaved changes.
 */
export function PublishProjectPage() {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const { id } = useDocumentInfo();
  const stage = useFormFields(([fields]) => fields.stage?.initialValue as string | undefined);
  const modified = useFormFields(([fields]) => Object.values(fields).some((field) => field && field.value !== field.initialValue));
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const [busy, setBusy] = useState(false);
  const t = (zh: string, en: string) => (i18n.language === 'en' ? en : zh);
  if (id == null || (user as { role?: string } | null)?.role !== 'admin') return null;
  if (!stage || !publicStages.includes(stage))
    return (
      <p className="field-description" data-testid="publish-project-page">
        {t('签约后可发布为网站上的公开项目页。', 'Once signed, the project can be published as a public project page.')}
      </p>
    );

  const publish = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/investment-projects/${id}/public-page`, {
        method: 'POST',
        credentials: 'include',
      });
      if (response.ok) {
        const body = (await response.json()) as { created: boolean };
        setMessage({
          text: body.created
            ? t('已发布公开项目页。', 'The public project page is published.')
            : t('公开项目页已更新。', 'The public project page is updated.'),
        });
        if (body.created) window.location.reload();
        return;
      }
      const failure = (await response.json().catch(() => ({}))) as Failure;
      const first = failure.errors?.[0];
      setMessage({ text: first?.data?.errors?.[0]?.message ?? first?.message ?? String(response.status), error: true });
    } catch {
      setMessage({ text: t('发布失败，请稍后再试。', 'Publishing failed; try again later.'), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field-type" data-testid="publish-project-page">
      <Button buttonStyle="secondary" size="small" disabled={busy || modified} onClick={publish}>
        {t('发布为公开项目页', 'Publish as a public project page')}
      </Button>
      <p className="field-description">
        {modified
          ? t('请先保存修改。', 'Save your changes first.')
          : t(
              '网站显示项目名称、产业、园区和阶段；勾选“在网站上显示投资额”时才显示投资额。',
              'The site shows the name, industry, park and stage; the investment only when “Show the investment on the site” is ticked.',
            )}
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} style={message.error ? { color: 'var(--theme-error-500)' } : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}
