'use client';

import { Button, useConfig, useTranslation } from '@payloadcms/ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import { languageName } from '../../errors/strings.ts';
import { adminLanguage, adminLanguages } from '../../i18n/adminLanguages.ts';
import type { ImportReport } from '../importServices.ts';
import { importStrings } from '../strings.ts';
import { ImportReportTables } from './ImportReportTables.tsx';

/**
 * The import form: a dry run on "Check the file", its report, then "Import N services" to run it for real with the
 * same file. Problems are announced beside the file input (described by the message, marked invalid) and listed in
 * the table the message points to.
 */
export function ImportServicesForm({ countries }: { countries: { slug: string; name: string }[] }) {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const language = adminLanguage(i18n.language);
  const strings = importStrings(language);
  const text = strings.view;
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [country, setCountry] = useState(countries[0]?.slug ?? '');
  const [publish, setPublish] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'importing' | undefined>();
  const [report, setReport] = useState<ImportReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const api = `${config.serverURL}${config.routes.api}/services`;

  async function send(dryRun: boolean) {
    if (files.length === 0) {
      setError(text.noFile);
      fileInput.current?.focus();
      return;
    }
    setBusy(dryRun ? 'checking' : 'importing');
    setError(undefined);
    try {
      const form = new FormData();
      for (const file of files) form.append('file', file);
      form.append('_payload', JSON.stringify({ country, dryRun, publish }));
      const response = await fetch(`${api}/import`, {
        method: 'POST',
        body: form,
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      });
      const body = (await response.json()) as ImportReport & { errors?: { message: string }[] };
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? response.statusText);
      setReport(body);
      if (body.problems.length > 0) setError(text.fileHasProblems(body.problems.length));
    } catch (failure) {
      setReport(undefined);
      setError(text.failed(failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setBusy(undefined);
    }
  }

  function check(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  const changes = report?.outcomes.filter(({ outcome }) => outcome !== 'unchanged').length ?? 0;
  const checked = report?.dryRun && report.problems.length === 0;
  const errorId = `${id}-file-error`;
  return (
    <>
      <p>{text.intro}</p>
      <section aria-labelledby={`${id}-templates`}>
        <h2 id={`${id}-templates`}>{text.templatesHeading}</h2>
        <p>{text.templatesIntro}</p>
        <ul>
          {adminLanguages.map((code) => (
            <li key={code}>
              <a href={`${api}/import-template?language=${code}`} download>
                {text.template(languageName(code, language))}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <form onSubmit={check} noValidate className="import-services__form">
        <div className="import-services__field">
          <label htmlFor={`${id}-country`}>{text.country}</label>
          <select id={`${id}-country`} value={country} onChange={(event) => setCountry(event.target.value)}>
            {countries.map(({ slug, name }) => (
              <option key={slug} value={slug}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="import-services__field">
          <label htmlFor={`${id}-file`}>{text.file}</label>
          <p id={`${id}-file-hint`}>{text.fileHint}</p>
          <p id={`${id}-hsds-hint`}>{text.hsdsHint}</p>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            multiple
            accept=".csv,.xlsx,.json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json"
            aria-describedby={error ? `${id}-file-hint ${id}-hsds-hint ${errorId}` : `${id}-file-hint ${id}-hsds-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setReport(undefined);
              setError(undefined);
            }}
          />
          {error ? (
            <p id={errorId} role="alert" className="import-services__error">
              {report && report.problems.length > 0 ? <a href={`#${id}-report`}>{error}</a> : error}
            </p>
          ) : null}
        </div>
        <div className="import-services__field">
          <input
            id={`${id}-publish`}
            type="checkbox"
            checked={publish}
            onChange={(event) => {
              setPublish(event.target.checked);
              setReport(undefined);
            }}
          />{' '}
          <label htmlFor={`${id}-publish`}>{text.publish}</label>
        </div>
        <Button type="submit" buttonStyle="secondary" margin={false} disabled={busy !== undefined}>
          {busy === 'checking' ? text.checking : text.check}
        </Button>
      </form>
      {report ? (
        <div id={`${id}-report`} tabIndex={-1}>
          <ImportReportTables report={report} language={language} headingId={`${id}-report-heading`} />
          {checked && changes === 0 ? <p>{text.nothingToChange}</p> : null}
          {checked && changes > 0 ? (
            <Button buttonStyle="primary" margin={false} disabled={busy !== undefined} onClick={() => void send(false)}>
              {busy === 'importing' ? text.importing : text.confirm(changes)}
            </Button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
