import { actions, isInputError } from 'astro:actions';
import { z } from 'astro/zod';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslations, type TranslationKey } from '../i18n';
import type { Locale } from '../i18n/locales';
import { inquiryLimits } from '../lib/inquiryLimits';
import { inquirySchema, type InquiryField } from '../lib/inquirySchema';

export type FieldErrors = Partial<Record<InquiryField, string>>;

export interface InquiryFormProps {
  locale: Locale;
  /** `?_action=sendInquiry`: where the form posts when JavaScript is off. */
  formAction: string;
  privacyHref: string;
  /** Server-rendered outcome of a no-JavaScript submission. */
  reference?: string;
  errors?: FieldErrors;
  formError?: string;
  values?: Partial<Record<InquiryField, string>>;
}

const textFields = [
  { name: 'name', type: 'text', autoComplete: 'name', max: inquiryLimits.name },
  { name: 'company', type: 'text', autoComplete: 'organization', max: inquiryLimits.company },
  { name: 'email', type: 'email', autoComplete: 'email', max: inquiryLimits.email },
  { name: 'country', type: 'text', autoComplete: 'country-name', max: inquiryLimits.country },
] as const;

/** Field messages from zod issues: the first message (an i18next key) per field. */
export function fieldErrorsFrom(fields: Record<string, string[] | undefined>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, messages] of Object.entries(fields)) if (messages?.[0]) errors[name as InquiryField] = messages[0];
  return errors;
}

/**
 * The inquiry form. Rendered on the server it is a plain form that posts to the Astro Action;
 * hydrated, it checks fields with the same zod schema before sending and shows the result in place.
 */
export default function InquiryForm(props: InquiryFormProps) {
  const t = useTranslations(props.locale);
  const [errors, setErrors] = useState<FieldErrors>(props.errors ?? {});
  const [formError, setFormError] = useState(props.formError);
  const [reference, setReference] = useState(props.reference);
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);

  // After a refused submission, take keyboard and screen-reader users to the first marked field.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const local = inquirySchema.safeParse({ ...Object.fromEntries(data), consent: data.has('consent') });
    if (!local.success) {
      setErrors(fieldErrorsFrom(z.flattenError(local.error).fieldErrors as Record<string, string[]>));
      setFormError('inquiry.errorSummary');
      setAttempt((n) => n + 1);
      return;
    }
    setSending(true);
    setErrors({});
    setFormError(undefined);
    try {
      const { data: result, error } = await actions.sendInquiry(data);
      if (error) {
        if (isInputError(error)) {
          setErrors(fieldErrorsFrom(error.fields));
          setFormError('inquiry.errorSummary');
          setAttempt((n) => n + 1);
        } else {
          setFormError(error.message.startsWith('inquiry.') ? error.message : 'inquiry.errorUnavailable');
        }
        return;
      }
      setReference(result.reference);
    } catch {
      setFormError('inquiry.errorUnavailable');
    } finally {
      setSending(false);
    }
  }

  if (reference) {
    return (
      <div className="success" role="status" data-testid="inquiry-success">
        <h2>{t('inquiry.successTitle')}</h2>
        <p>
          {t('inquiry.successText')} <span className="reference" data-testid="inquiry-reference">{reference}</span>
        </p>
        <p>{t('inquiry.successKeep')}</p>
      </div>
    );
  }

  const describedBy = (name: InquiryField) => (errors[name] ? `${name}-error` : undefined);
  return (
    <form ref={formRef} className="form" method="post" action={props.formAction} onSubmit={onSubmit} noValidate>
      {formError && (
        <p className="alert" role="alert">
          {message(formError)}
        </p>
      )}
      <input type="hidden" name="locale" value={props.locale} />
      {textFields.map((field) => (
        <div className="field" key={field.name}>
          <label htmlFor={field.name}>
            {t(`inquiry.${field.name}`)} <span className="meta">({t('inquiry.required')})</span>
          </label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            maxLength={field.max}
            required
            defaultValue={props.values?.[field.name]}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={describedBy(field.name)}
          />
          {errors[field.name] && (
            <p className="error" id={`${field.name}-error`}>
              {message(errors[field.name])}
            </p>
          )}
        </div>
      ))}
      <div className="field">
        <label htmlFor="message">
          {t('inquiry.message')} <span className="meta">({t('inquiry.required')})</span>
        </label>
        <textarea
          id="message"
          name="message"
          maxLength={inquiryLimits.message}
          required
          defaultValue={props.values?.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message')}
        />
        {errors.message && (
          <p className="error" id="message-error">
            {message(errors.message)}
          </p>
        )}
      </div>
      <div className="field">
        <div className="check">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            defaultChecked={props.values?.consent === 'on'}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('consent')}
          />
          <label htmlFor="consent">{t('inquiry.consent')}</label>
        </div>
        <p>
          <a href={props.privacyHref}>{t('inquiry.privacyLink')}</a>
        </p>
        {errors.consent && (
          <p className="error" id="consent-error">
            {message(errors.consent)}
          </p>
        )}
      </div>
      <button type="submit" disabled={sending}>
        {sending ? t('inquiry.sending') : t('inquiry.submit')}
      </button>
    </form>
  );
}
