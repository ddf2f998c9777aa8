'use client';
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui';
import type { JSONFieldClientComponent } from 'payload';
import { formatAdminDate } from '../../i18n/adminDates.ts';
import { adminLanguage } from '../../i18n/adminLanguages.ts';
import { stateColours } from './stateColours.ts';
import { statusSummary } from './statusSummary.ts';

/** The edit view's sidebar: each translation's state, when it was last saved, and when the Spanish last changed. */
export const TranslationStatusField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path });
  const { i18n } = useTranslation();
  const language = adminLanguage(i18n.language);
  const summary = statusSummary(value, language);
  const date = (iso: string) => formatAdminDate(iso, language);
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={field.label} path={path} />
      {summary.untracked ? (
        <p>{summary.untracked}</p>
      ) : (
        <>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {summary.lines.map((line) => (
              <li key={line.locale} data-translation-state={line.state}>
                <strong>{line.locale}</strong>: <span style={{ color: stateColours[line.state] }}>{line.label}</span>
                {line.savedAt && ` (${summary.words.saved} ${date(line.savedAt)})`}
              </li>
            ))}
          </ul>
          {summary.sourceChangedAt && (
            <p style={{ marginTop: '0.5rem' }}>
              {summary.words.spanishChanged}: {date(summary.sourceChangedAt)}
            </p>
          )}
        </>
      )}
    </div>
  );
};
