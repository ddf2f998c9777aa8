'use client';
import { DefaultCell, useLocale } from '@payloadcms/ui';
import type { DefaultCellComponentProps } from 'payload';
import { useSpanishTitle } from './SpanishSourceProvider.tsx';
import { sourceText } from './sourceText.ts';

/**
 * A list's title column: a document with no title in the language shown is listed under its Spanish title, as
 * readers see it, instead of its record number. Payload's admin lists each language without falling back.
 */
export function SpanishTitleCell(props: DefaultCellComponentProps) {
  const { code: locale } = useLocale();
  const untitled = locale !== 'es' && sourceText(props.cellData) === '';
  const name = 'name' in props.field ? props.field.name : undefined;
  const spanishTitle = useSpanishTitle(props.collectionSlug, name, props.rowData?.id, untitled);
  return <DefaultCell {...props} cellData={spanishTitle ?? props.cellData} />;
}
