'use client';
import { useDocumentInfo, useDocumentTitle, useFormFields } from '@payloadcms/ui';
import { useEffect } from 'react';
import { useSpanishDocument } from './SpanishSourceProvider.tsx';
import { sourceText } from './sourceText.ts';

/**
 * Renders nothing: while a document's title is empty in the language being edited, its heading is the Spanish
 * title instead of Payload's fallback, the record number. Payload sets the heading from the title field as it
 * changes, so this follows: once the translator types a title, theirs is the heading.
 */
export function SpanishTitleAsHeading() {
  const { docConfig } = useDocumentInfo();
  const useAsTitle = docConfig && 'admin' in docConfig ? (docConfig.admin as { useAsTitle?: string }).useAsTitle : undefined;
  const titleInForm = useFormFields(([fields]) => (useAsTitle ? fields[useAsTitle]?.value : undefined));
  const { title, setDocumentTitle } = useDocumentTitle();
  const spanish = useSpanishDocument();
  const spanishTitle = spanish?.status === 'loaded' && useAsTitle ? sourceText(spanish.document[useAsTitle]) : '';
  const untitled = sourceText(titleInForm) === '';

  useEffect(() => {
    if (untitled && spanishTitle !== '' && title !== spanishTitle) setDocumentTitle(spanishTitle);
  }, [untitled, spanishTitle, title, setDocumentTitle]);
  return null;
}
