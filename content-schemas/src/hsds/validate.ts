import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { processSlot } from '../processSlot.ts';
import type { SnapshotProblem } from '../snapshot/problems.ts';
import { openapi, service, serviceList } from './officialSchemas.js';
import type { HsdsPage, HsdsService, HsdsServiceSummary } from './records.ts';
import { shareRepeatedSubschemas } from './sharedSubschemas.ts';

/**
 * Checks records against the official compiled HSDS 3.0 JSON schemas, kept in `content-schemas/hsds-3.0/` as
 * published (see its README), with Ajv. The compiled schemas carry Frictionless Data Package keywords beside JSON
 * Schema's (`constraints`, `core`, `datapackage_metadata`…): they are declared as annotations, so Ajv's strict mode
 * still refuses any keyword nobody declared.
 */

const dataPackageKeywords = [
  'name',
  'path',
  'constraints',
  'example',
  'core',
  'datapackage_metadata',
  'datapackage_type',
  'tabular_required',
];

interface Validators {
  service: ValidateFunction;
  serviceSummary: ValidateFunction;
  page: ValidateFunction;
}

/**
 * Kept process-wide, not per copy of this module: a CMS shard builder runs build after build, each importing a copy
 * of its own (the site's bundle), and compiling again was 115 ms of every publish's build.
 */
const validatorsOfProcess = processSlot<Validators>('hsdsValidators');

/**
 * Compiling the 2 MB service schema takes a second or two (more on a busy machine): once per process, on first use,
 * or beforehand by calling this.
 */
export function prepareHsdsValidation(): void {
  compiled();
}

function compiled(): Validators {
  const known = validatorsOfProcess.get();
  if (known) return known;
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(dataPackageKeywords);
  addFormats(ajv);
  const pageFields = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];
  const validators = {
    service: ajv.compile(shareRepeatedSubschemas(service)),
    serviceSummary: ajv.compile(shareRepeatedSubschemas(serviceList)),
    // The `/services` response: the API's Page (its paging fields, all given) with the list in `contents`.
    page: ajv.compile({
      ...openapi.components.schemas.Page,
      required: [...pageFields, 'contents'],
      properties: { ...openapi.components.schemas.Page.properties, contents: { type: 'array' } },
    }),
  };
  return validatorsOfProcess.set(validators);
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined): { field: string; message: string }[] {
  return (errors ?? []).map((error) => {
    const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (error.keyword === 'required') {
      return { field: [path, error.params.missingProperty].filter(Boolean).join('.'), message: 'is missing: HSDS requires it' };
    }
    const allowed = error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
    return { field: path || '(record)', message: `${error.message ?? 'is not valid'}${allowed}` };
  });
}

export interface HsdsFileSet {
  country: string;
  lang: string;
}

/** Every way a record breaks the HSDS schema, named by the service, its field and the file's language. */
export function hsdsServiceProblems(record: HsdsService | unknown, files: HsdsFileSet): SnapshotProblem[] {
  const validate = compiled().service;
  return validate(record)
    ? []
    : describeErrors(validate.errors).map((problem) => ({ ...problem, document: serviceName(record, files), locale: files.lang }));
}

/** Problems of a `/services` response: its paging fields, and each service in it against the list schema. */
export function hsdsServicePageProblems(page: HsdsPage<HsdsServiceSummary> | unknown, files: HsdsFileSet): SnapshotProblem[] {
  const { page: validatePage, serviceSummary } = compiled();
  const problems: SnapshotProblem[] = validatePage(page)
    ? []
    : describeErrors(validatePage.errors).map((problem) => ({
        ...problem,
        document: `services list (${files.country})`,
        locale: files.lang,
      }));
  const contents = (page as { contents?: unknown }).contents;
  for (const [index, record] of (Array.isArray(contents) ? contents : []).entries()) {
    if (!serviceSummary(record))
      problems.push(
        ...describeErrors(serviceSummary.errors).map((problem) => ({
          ...problem,
          field: `contents.${index}.${problem.field}`,
          document: serviceName(record, files),
          locale: files.lang,
        })),
      );
  }
  return problems;
}

function serviceName(record: unknown, files: HsdsFileSet): string {
  const { id, name } = (typeof record === 'object' && record !== null ? record : {}) as { id?: unknown; name?: unknown };
  return `services "${typeof name === 'string' ? name : '?'}" (${files.country}, HSDS id ${typeof id === 'string' ? id : '?'})`;
}
