'use client';
import type { DefaultCellComponentProps } from 'payload';

const complete: Record<string, { zh: boolean; en: boolean }> = {
  complete: { zh: true, en: true },
  'zh-only': { zh: true, en: false },
  'en-only': { zh: false, en: true },
  none: { zh: false, en: false },
};

/** The list column "languages complete": 中文 ✓ English ✗ (each language in its own name). */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  const status = typeof cellData === 'string' ? complete[cellData] : undefined;
  if (!status) return <span>—</span>;
  const badge = (label: string, lang: string, done: boolean) => (
    <span
      lang={lang}
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
      {badge('中文', 'zh', status.zh)}
      {badge('English', 'en', status.en)}
    </span>
  );
}
