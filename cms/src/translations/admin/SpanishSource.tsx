'use client';
import { Button, useTranslation } from '@payloadcms/ui';
import { useState } from 'react';
import { labelText } from '../../i18n/labelText.ts';
import { translationStrings } from '../strings.ts';
import { useSpanishDocument } from './SpanishSourceProvider.tsx';
import { sourceText, valueAtPath } from './sourceText.ts';

type CopyOutcome = 'copied' | 'failed' | undefined;

interface SpanishSourceProps {
  path: string;
  field?: { label?: unknown; name?: string };
}

/**
 * Above a localized field edited in a language other than Spanish: the field's Spanish text, read-only, with a
 * button that copies it, so a translator sees what to translate beside where they write it. Nothing shows in
 * Spanish, or when the Spanish is empty too (there is nothing to translate).
 */
export function SpanishSource({ path, field }: SpanishSourceProps) {
  const { i18n } = useTranslation();
  const spanish = useSpanishDocument();
  const [outcome, setOutcome] = useState<CopyOutcome>();
  const strings = translationStrings(i18n.language).source;
  if (!spanish || spanish.status === 'loading') return null;
  if (spanish.status === 'failed') return <p style={styles.note}>{strings.loadFailed}</p>;
  const text = sourceText(valueAtPath(spanish.document, path));
  if (text === '') return null;
  const fieldLabel = labelText(field?.label, i18n.language) ?? field?.name ?? path;

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setOutcome('copied'),
      () => setOutcome('failed'),
    );
  };

  return (
    // A group, not a landmark: a guide has a dozen of these, several with the same label (each step's "Step").
    <fieldset className="spanish-source" aria-label={`${strings.heading}: ${fieldLabel}`} style={styles.box}>
      <div style={styles.header}>
        <span style={styles.heading}>{strings.heading}</span>
        <Button buttonStyle="secondary" size="small" margin={false} onClick={copy} aria-label={strings.copyLabel(fieldLabel)}>
          {strings.copy}
        </Button>
        <span role="status" style={styles.note}>
          {outcome === 'copied' ? strings.copied : outcome === 'failed' ? strings.copyFailed : ''}
        </span>
      </div>
      <p lang="es" className="spanish-source__text" style={styles.text}>
        {text}
      </p>
    </fieldset>
  );
}

// Payload's theme variables, so the box reads well in the light and the dark admin.
const styles = {
  box: {
    minInlineSize: 0,
    border: 0,
    margin: '0 0 0.5rem',
    padding: '0.5rem 0.75rem',
    borderInlineStart: '3px solid var(--theme-elevation-400)',
    background: 'var(--theme-elevation-50)',
  },
  header: { display: 'flex', alignItems: 'center', gap: '0.75rem', flexWrap: 'wrap' },
  heading: { fontWeight: 600, color: 'var(--theme-elevation-800)' },
  note: { margin: 0, color: 'var(--theme-elevation-800)' },
  text: { margin: '0.25rem 0 0', whiteSpace: 'pre-wrap', color: 'var(--theme-elevation-1000)' },
} as const;
