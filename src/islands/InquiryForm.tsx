import { actions, isInputError } from 'astro:actions';
import { z } from 'astro/zod';
import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import type { TranslationKey } from '../i18n';
import { localeCodes, type Locale } from '#common/locales.ts';
import { inquiryLimits } from '#common/inquiryLimits.ts';
import { optionGroups, otherIndustry, type OptionGroup } from '#common/inquiryOptions.ts';
import { inquirySchema, type InquiryField } from '../lib/inquirySchema';

export type FieldErrors = Partial<Record<InquiryField, string>>;

/** The UI strings the form shows (and its error keys name), passed in by the page. */
export const inquiryMessagePrefixes = ['inquiry.', 'track.title', 'track.error.', 'footer.phone', 'footer.email'];

export interface InquiryFormProps {
  locale: Locale;
  /** `messagesFor(locale, inquiryMessagePrefixes)`: the strings in the page's language. */
  messages: Partial<Record<TranslationKey, string>>;
  /** `?_action=sendInquiry`: where the form posts when JavaScript is off. */
  formAction: string;
  privacyHref: string;
  trackHref: string;
  /** Published parks to choose from (slug and name in the page's language). */
  parks: { slug: string; name: string }[];
  /** Countries and regions to choose from: ISO codes named in the page's language, sorted (`countryOptions`). */
  countries: { value: string; label: string }[];
  /** Published industries to choose from, besides "other" (`lang` marks a name in the other language). */
  industries: { slug: string; name: string; lang?: string }[];
  /** Made for this rendering of the form: the same form sent twice is one inquiry. */
  idempotencyKey: string;
  /** Choices preset from the query string (`?type=office-space&park=<slug>`). */
  presets?: { inquiryType?: string; park?: string; preferredLanguage?: string };
  /** The bureau's phone and email, offered when the form cannot be sent. */
  bureau?: { phone?: string | null; email?: string | null };
  /** Server-rendered outcome of a no-JavaScript submission. */
  reference?: string;
  errors?: FieldErrors;
  formError?: string;
  values?: Partial<Record<string, string>>;
}

/** Field messages from zod issues: the first message (an i18next key) per field. */
export function fieldErrorsFrom(fields: Record<string, string[] | undefined>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, messages] of Object.entries(fields)) if (messages?.[0]) errors[name as InquiryField] = messages[0];
  return errors;
}

type TextField = {
  name: InquiryField;
  type: 'text' | 'email' | 'tel';
  autoComplete: string;
  max: number;
  required: boolean;
  inputMode?: 'url';
};
const contactFields: TextField[] = [
  { name: 'name', type: 'text', autoComplete: 'name', max: inquiryLimits.name, required: true },
  { name: 'email', type: 'email', autoComplete: 'email', max: inquiryLimits.email, required: true },
];
const companyFields: TextField[] = [
  { name: 'company', type: 'text', autoComplete: 'organization', max: inquiryLimits.company, required: true },
];
/** The "help us prepare" texts: optional, each still routed and shown on the bureau's desk. */
const preparationFields: TextField[] = [
  { name: 'jobTitle', type: 'text', autoComplete: 'organization-title', max: inquiryLimits.jobTitle, required: false },
  { name: 'phone', type: 'tel', autoComplete: 'tel', max: inquiryLimits.phone, required: false },
  { name: 'website', type: 'text', autoComplete: 'url', max: inquiryLimits.website, required: false, inputMode: 'url' },
];
const failureKeys = new Set(['inquiry.errorUnavailable', 'inquiry.errorRateLimited']);
const visibleFields = new Set<string>([
  ...contactFields.map((f) => f.name),
  ...companyFields.map((f) => f.name),
  ...preparationFields.map((f) => f.name),
  'country',
  'companySize',
  'inquiryType',
  'industry',
  'park',
  'investmentBand',
  'jobsBand',
  'timeline',
  'message',
  'preferredLanguage',
  'contactChannel',
  'consent',
]);

/**
 * The inquiry form. Rendered on the server it is a plain form that posts to the Astro Action;
 * hydrated, it checks fields with the same zod schema before sending and shows the result in place.
 */
export default function InquiryForm(props: InquiryFormProps) {
  const t = (key: TranslationKey) => props.messages[key] ?? key;
  const [errors, setErrors] = useState<FieldErrors>(props.errors ?? {});
  const [formError, setFormError] = useState(props.formError);
  const [reference, setReference] = useState(props.reference);
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);
  const initial = (name: string) => props.values?.[name] ?? (props.presets as Record<string, string | undefined> | undefined)?.[name] ?? '';

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
          {t('inquiry.successText')}{' '}
          <span className="reference" data-testid="inquiry-reference">
            {reference}
          </span>
        </p>
        <p>
          {t('inquiry.successKeep')} {t('inquiry.successEmail')}
        </p>
        <p>
          {t('inquiry.successTrack')} <a href={props.trackHref}>{t('track.title')}</a>
        </p>
      </div>
    );
  }

  const describedBy = (name: InquiryField) => (errors[name] ? `${name}-error` : undefined);
  const fieldError = (name: InquiryField) =>
    errors[name] && (
      <p className="error" id={`${name}-error`}>
        {message(errors[name])}
      </p>
    );
  const label = (name: InquiryField, required: boolean) => (
    <label htmlFor={name}>
      {t(`inquiry.${name}` as TranslationKey)}
      <span className="meta">{t(required ? 'inquiry.requiredNote' : 'inquiry.optionalNote')}</span>
    </label>
  );
  const input = (field: TextField) => (
    <div className="field" key={field.name}>
      {label(field.name, field.required)}
      <input
        id={field.name}
        name={field.name}
        type={field.type}
        inputMode={field.inputMode}
        autoComplete={field.autoComplete}
        maxLength={field.max}
        required={field.required}
        defaultValue={initial(field.name)}
        aria-invalid={errors[field.name] ? true : undefined}
        aria-describedby={describedBy(field.name)}
      />
      {fieldError(field.name)}
    </div>
  );
  const select = (
    name: InquiryField,
    options: { value: string; label: string; lang?: string }[],
    required = true,
    blank = t('inquiry.choose'),
    autoComplete?: string,
  ) => (
    <div className="field" key={name}>
      {label(name, required)}
      <select
        id={name}
        name={name}
        required={required}
        autoComplete={autoComplete}
        defaultValue={initial(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
      >
        <option value="">{blank}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {fieldError(name)}
    </div>
  );
  const options = (group: OptionGroup) =>
    optionGroups[group].map((value) => ({ value, label: t(`inquiry.${group}.${value}` as TranslationKey) }));
  const section = (title: TranslationKey, children: ReactNode, testId?: string) => (
    <fieldset className="form-section" data-testid={testId}>
      <legend>{t(title)}</legend>
      {children}
    </fieldset>
  );

  return (
    <form ref={formRef} className="form" method="post" action={props.formAction} onSubmit={onSubmit} noValidate>
      {formError && (
        <div className="alert" role="alert" data-testid="inquiry-alert">
          <p>{message(formError)}</p>
          {failureKeys.has(formError) && (props.bureau?.phone || props.bureau?.email) && (
            <p data-testid="bureau-contact">
              {t('inquiry.errorReachUs')}{' '}
              {props.bureau.phone && (
                <>
                  {t('inquiry.reachPhone')}
                  <a href={`tel:${props.bureau.phone.replace(/\s/g, '')}`}>{props.bureau.phone}</a>{' '}
                </>
              )}
              {props.bureau.email && (
                <>
                  {t('inquiry.reachEmail')}
                  <a href={`mailto:${props.bureau.email}`}>{props.bureau.email}</a>
                </>
              )}
            </p>
          )}
        </div>
      )}
      {/* Errors of fields the form does not show (a forged or bot-filled request): listed here. */}
      {Object.entries(errors)
        .filter(([name]) => !visibleFields.has(name))
        .map(([name, key]) => (
          <p className="error" key={name} data-field={name}>
            {message(key)}
          </p>
        ))}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      {/* The honeypot: invisible to people and screen readers, tempting to bots. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="fax">{t('inquiry.honeypot')}</label>
        <input id="fax" name="fax" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {section('inquiry.sectionContact', contactFields.map(input))}
      {section('inquiry.sectionCompany', [
        ...companyFields.map(input),
        select('country', props.countries, true, t('inquiry.choose'), 'country'),
      ])}
      {section(
        'inquiry.sectionProject',
        <>
          {select('inquiryType', options('inquiryType'))}
          <div className="field">
            {label('message', true)}
            <textarea
              id="message"
              name="message"
              maxLength={inquiryLimits.message}
              required
              defaultValue={initial('message')}
              aria-invalid={errors.message ? true : undefined}
              aria-describedby={describedBy('message')}
            />
            {fieldError('message')}
          </div>
        </>,
      )}
      {section(
        'inquiry.sectionReply',
        select(
          'preferredLanguage',
          localeCodes.map((code) => ({ value: code, label: t(`inquiry.language.${code}` as TranslationKey) })),
        ),
      )}
      {/* Nothing here is required: a first contact needs only the answers above. */}
      {section(
        'inquiry.sectionPrepare',
        <>
          <p className="meta">{t('inquiry.prepareIntro')}</p>
          {preparationFields.map(input)}
          {select('companySize', options('companySize'), false)}
          {select(
            'industry',
            [
              ...props.industries.map((industry) => ({ value: industry.slug, label: industry.name, lang: industry.lang })),
              { value: otherIndustry, label: t(`inquiry.industry.${otherIndustry}`) },
            ],
            false,
          )}
          {select(
            'park',
            props.parks.map((park) => ({ value: park.slug, label: park.name })),
            false,
            t('inquiry.parkAny'),
          )}
          {select('investmentBand', options('investmentBand'), false)}
          {select('jobsBand', options('jobsBand'), false)}
          {select('timeline', options('timeline'), false)}
          {select('contactChannel', options('contactChannel'), false)}
        </>,
        'inquiry-prepare',
      )}
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
        {fieldError('consent')}
      </div>
      <button type="submit" disabled={sending}>
        {sending ? t('inquiry.sending') : t('inquiry.submit')}
      </button>
    </form>
  );
}
