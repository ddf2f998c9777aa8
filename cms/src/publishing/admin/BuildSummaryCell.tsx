'use client';

import { useTranslation } from '@payloadcms/ui';
import type { DefaultCellComponentProps } from 'payload';
import { describeSummary } from '../describeChange.ts';

/** The builds list's "Changes" column in the admin's language (records store it in English, see `describeChange`). */
export function BuildSummaryCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation();
  return <span>{typeof cellData === 'string' ? describeSummary(cellData, i18n.language) : ''}</span>;
}
