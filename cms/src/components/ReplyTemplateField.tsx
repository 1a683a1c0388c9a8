'use client';
import type { RelationshipFieldClientProps } from 'payload';
import { RelationshipField, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui';
import { useEffect, useRef, useState } from 'react';

/**
 * The reply form's template picker: choosing a template (or another language) puts the
 * template's text for this inquiry into the reply's text field, placeholders filled and links
 * added (POST /api/inquiry-replies/draft), so the officer reads and edits what will be sent.
 * Text the officer wrote is never overwritten: only an empty field or the last filled-in text.
 */
export function ReplyTemplateField(props: RelationshipFieldClientProps) {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const template = useField<number | string | null>({ path: props.path });
  const body = useField<string>({ path: 'body' });
  const language = useField<string | null>({ path: 'language' });
  const inquiry = useFormFields(([fields]) => fields.inquiry?.value);
  const filled = useRef<string | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'loading' | 'kept' | 'failed'>('idle');
  const en = i18n.language === 'en';

  useEffect(() => {
    if (template.value == null || template.value === '' || inquiry == null) return;
    const controller = new AbortController();
    setStatus('loading');
    fetch(`${config.serverURL}${config.routes.api}/inquiry-replies/draft`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inquiry, template: template.value, language: language.value || undefined }),
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const draft = (await response.json()) as { body: string; language: string };
        const current = body.value ?? '';
        if (current.trim() !== '' && current !== filled.current) return setStatus('kept');
        filled.current = draft.body;
        body.setValue(draft.body);
        if (!language.value) language.setValue(draft.language);
        setStatus('idle');
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setStatus(error instanceof Error && error.name === 'AbortError' ? 'idle' : 'failed');
      });
    return () => controller.abort();
    // Only a new template, language or inquiry asks for a new text; the body changing does not.
  }, [template.value, language.value, inquiry]);

  return (
    <div data-testid="reply-template-field">
      <RelationshipField {...props} />
      {status === 'loading' && <p>{en ? 'Filling in the template…' : '正在填入模板…'}</p>}
      {status === 'kept' && (
        <p role="status">{en ? 'Your own text is kept; clear it to use the template.' : '已保留您写的正文；清空正文即可使用模板。'}</p>
      )}
      {status === 'failed' && <p role="alert">{en ? 'The template could not be filled in.' : '无法填入模板。'}</p>}
    </div>
  );
}
