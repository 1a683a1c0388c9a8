'use client';
import { useTranslation } from '@payloadcms/ui';
import type { DefaultCellComponentProps } from 'payload';
import { localeLabels } from '../i18n/localeLabels';

const complete: Record<string, { zh: boolean; en: boolean }> = {
  complete: { zh: true, en: true },
  'zh-only': { zh: true, en: false },
  'en-only': { zh: false, en: true },
  none: { zh: false, en: false },
};

/** The list column "languages complete": 中文 ✓ 英文 ✗ (Chinese ✓ English ✗ in the English admin). */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation();
  const adminLang = i18n.language === 'en' ? 'en' : 'zh';
  const status = typeof cellData === 'string' ? complete[cellData] : undefined;
  if (!status) return <span>—</span>;
  const badge = (label: string, done: boolean) => (
    <span
      data-complete={done}
      title={done ? `${label} ✓` : `${label} ✗`}
      style={{
        display: 'inline-block',
        marginRight: '0.35rem',
        padding: '0 0.35rem',
        borderRadius: 3,
        border: `1px solid ${done ? 'var(--theme-success-500)' : 'var(--theme-error-500)'}`,
        color: done ? 'var(--theme-success-750)' : 'var(--theme-error-750)',
        whiteSpace: 'nowrap',
      }}
    >
      {label} {done ? '✓' : '✗'}
    </span>
  );
  return (
    <span data-testid="translation-status">
      {badge(localeLabels.zh[adminLang], status.zh)}
      {badge(localeLabels.en[adminLang], status.en)}
    </span>
  );
}
