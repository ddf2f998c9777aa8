'use client';
import { useTranslation } from '@payloadcms/ui';
import type { DefaultCellComponentProps } from 'payload';
import { stateColours } from './stateColours.ts';
import { statusSummary } from './statusSummary.ts';

/** The list column: one short line per language, e.g. "en up to date · fr not translated · ht partly translated: 3 of 12 fields". */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation();
  const summary = statusSummary(cellData, i18n.language);
  if (summary.untracked) return <span>—</span>;
  return (
    <span>
      {summary.lines.map((line, index) => (
        <span key={line.locale} data-translation-state={line.state}>
          {index > 0 && ' · '}
          <strong>{line.locale}</strong> <span style={{ color: stateColours[line.state] }}>{line.label}</span>
        </span>
      ))}
    </span>
  );
}
