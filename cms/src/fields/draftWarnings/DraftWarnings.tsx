'use client';
import { useConfig, useDocumentInfo, useForm, useFormProcessing, useServerFunctions, useTranslation } from '@payloadcms/ui';
import type { UIFieldClientComponent } from 'payload';
import { deepCopyObjectSimpleWithoutReactComponents } from 'payload/shared';
import { useEffect, useRef, useState } from 'react';
import { fieldLabelOf } from './fieldLabels.ts';
import { draftWarningStrings } from './strings.ts';

interface Warning {
  path: string;
  label: string;
  message: string;
}

/**
 * "Save draft" saves whatever is written (Payload does not validate drafts, and a half-finished draft must save),
 * so after it this runs the fields' checks, the same that refuse a publish: it marks each field that would be
 * refused and lists them here. Payload has no warning state for a field, only an error state that refuses the
 * save; marking them after the save keeps the draft saved and shows where the problems are.
 */
export const DraftWarnings: UIFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime, savedDocumentData, docPermissions, getDocPreferences } = useDocumentInfo();
  const { getFields, dispatchFields, setSubmitted } = useForm();
  const { getFormState } = useServerFunctions();
  const processing = useFormProcessing();
  const { getEntityConfig } = useConfig();
  const { i18n } = useTranslation();
  const [warnings, setWarnings] = useState<Warning[]>([]);
  const lastSave = useRef(lastUpdateTime);

  useEffect(() => {
    // While the save is processing, the form has yet to merge the saved state, which would clear the marks.
    if (processing || lastUpdateTime === lastSave.current || !collectionSlug) return;
    lastSave.current = lastUpdateTime;
    // A publish was checked in full before it was accepted: nothing to warn about.
    if (savedDocumentData?._status === 'published') {
      setWarnings([]);
      return;
    }
    const controller = new AbortController();
    void (async () => {
      const { state } = await getFormState({
        id,
        collectionSlug,
        docPermissions,
        docPreferences: await getDocPreferences(),
        // Server functions take plain data: the form state also holds the fields' rendered components.
        formState: deepCopyObjectSimpleWithoutReactComponents(getFields(), { excludeFiles: true }),
        operation: 'update',
        schemaPath: collectionSlug,
        signal: controller.signal,
        skipValidation: false,
      });
      if (!state || controller.signal.aborted) return;
      const fields = getEntityConfig({ collectionSlug })?.fields ?? [];
      const found = Object.entries(state)
        .filter(([, field]) => field.valid === false && typeof field.errorMessage === 'string')
        .map(([path, field]) => ({ path, label: fieldLabelOf(fields, path, i18n.language), message: field.errorMessage as string }));
      setWarnings(found);
      if (found.length === 0) return;
      dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: found.map(({ path, message }) => ({ path, message })) });
      // Payload shows a field's error once the form has been submitted: the draft was.
      setSubmitted(true);
    })().catch((error: unknown) => {
      // The draft is saved either way; only the list is missing, and the publish still checks everything.
      if (!controller.signal.aborted) console.error('infohub: could not check the saved draft', error);
    });
    return () => controller.abort();
  }, [
    processing,
    lastUpdateTime,
    savedDocumentData,
    collectionSlug,
    id,
    docPermissions,
    getDocPreferences,
    getFields,
    getFormState,
    getEntityConfig,
    dispatchFields,
    setSubmitted,
    i18n,
  ]);

  if (warnings.length === 0) return null;
  const words = draftWarningStrings(i18n.language);
  return (
    <section className="infohub-draft-warnings" role="status" aria-labelledby="infohub-draft-warnings-heading">
      <h2 id="infohub-draft-warnings-heading">{words.heading(warnings.length)}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.path} data-path={warning.path}>
            <strong>{warning.label}</strong>: {warning.message}{' '}
            <button type="button" className="infohub-draft-warnings__go" onClick={() => focusField(warning.path)}>
              {words.goTo}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};

/** Payload gives each field's wrapper an id from its path ("field-phones__0__number"). */
function focusField(path: string) {
  const wrapper = document.getElementById(`field-${path.replaceAll('.', '__')}`);
  const target = wrapper?.matches('input, textarea, select')
    ? wrapper
    : wrapper?.querySelector<HTMLElement>('input, textarea, select, [contenteditable]');
  (target ?? wrapper)?.focus();
  wrapper?.scrollIntoView({ block: 'center' });
}
