'use client';
import { useTranslation } from '@payloadcms/ui';
import type { DefaultCellComponentProps } from 'payload';

/** A timeline column whose value comes in both admin languages: the reader's, line breaks kept. */
export function TimelineTextCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation();
  const text =
    cellData && typeof cellData === 'object' ? (cellData as { zh?: string; en?: string })[i18n.language === 'en' ? 'en' : 'zh'] : '';
  return <span style={{ whiteSpace: 'pre-wrap' }}>{text ?? ''}</span>;
}
